import Glibc

/// The normalised paths of a JSON file's values (`$`, `$.data`, `$.data[*]`, `$.data[*].customer.lastName`: every
/// array index is `[*]`) as a tree of nodes, with the tables and columns they make: an array of objects met outside
/// any record is a table, its objects are records, and every scalar under a record is in the column named by its
/// path relative to the record (`customer.lastName`, `addresses[*].city`).
///
/// Nodes are made once per distinct path, so reading a value allocates nothing; records of one table mostly list
/// the same keys in the same order, so each member remembers the member that followed it, and a key is compared
/// with that guess before it is looked up. Keys are kept as written (escapes not decoded) and shown through `naming`, so a key that is itself
/// a value (an e-mail address used as a key) is masked in every name. The tree holds at most `maxNodes` paths and
/// `maxTables` tables: values under paths beyond them are in no table.
struct JSONPathTree {
    /// One path: its last step (a key, or `[*]` for any element of an array) under its parent.
    private struct Node {
        var parent: Int
        /// The step is `[*]`.
        var isElement: Bool
        /// The key as written ([] for an element), and as reports may show it ("" for an element).
        var key: [UInt8]
        var name: String
        /// For a member: the member read after it last time; for an object's path: its first member last time.
        var following = -1
        var firstMember = -1
        /// The table whose records are the objects at this path; -1 when none.
        var table = -1
        /// The column of the scalars at this path; -1 when not assigned yet, -2 when it cannot be (too many).
        var column = -1
    }

    private struct ChildKey: Hashable {
        var parent: Int
        var isElement: Bool
        var key: [UInt8]
    }

    /// A table: the node of its records, its name (`$.data[*]`) and its columns' names.
    struct Table {
        var records: Int
        var name: String
        var columns: [String] = []
    }

    static let maxNodes = 4_096
    static let maxTables = 64
    /// Keys are cut at this many bytes.
    static let maxKeyBytes = 256
    /// The path of the whole document: `$`.
    static let root = 0
    /// The path of every document of a JSON Lines file: `$[*]`.
    static let rootElement = 1

    private let naming: FieldNaming
    private var nodes: [Node] = [
        Node(parent: -1, isElement: false, key: [], name: "$"), Node(parent: 0, isElement: true, key: [], name: ""),
    ]
    private var children: [ChildKey: Int] = [:]
    /// A key being looked up in `children`, reused so that a lookup allocates nothing.
    private var lookupKey: [UInt8] = []
    private(set) var tables: [Table] = []

    init(naming: FieldNaming) {
        self.naming = naming
        children[ChildKey(parent: Self.root, isElement: true, key: [])] = Self.rootElement
    }

    /// The path of member `key` (as written) of the object at `parent`, read right after member `previous` (-1 for
    /// the first); -1 when the tree is full or `parent` is -1.
    mutating func member(_ key: UnsafeBufferPointer<UInt8>, of parent: Int, after previous: Int) -> Int {
        guard parent >= 0 else { return -1 }
        let guess = previous >= 0 ? nodes[previous].following : nodes[parent].firstMember
        if guess >= 0 && nodes[guess].key.withUnsafeBufferPointer({ Self.equal($0, key) }) { return guess }
        lookupKey.removeAll(keepingCapacity: true)
        lookupKey.append(contentsOf: key)
        var found = children[ChildKey(parent: parent, isElement: false, key: lookupKey)]
        if found == nil {
            let name = naming.name(key).text
            found = add(Node(parent: parent, isElement: false, key: Array(key), name: name))
        }
        if previous >= 0 { nodes[previous].following = found! } else { nodes[parent].firstMember = found! }
        return found!
    }

    private static func equal(_ one: UnsafeBufferPointer<UInt8>, _ other: UnsafeBufferPointer<UInt8>) -> Bool {
        one.count == other.count && (one.isEmpty || memcmp(one.baseAddress!, other.baseAddress!, one.count) == 0)
    }

    /// The path of the elements of the array at `parent`; -1 when the tree is full or `parent` is -1.
    mutating func element(of parent: Int) -> Int {
        guard parent >= 0 else { return -1 }
        if let known = children[ChildKey(parent: parent, isElement: true, key: [])] { return known }
        return add(Node(parent: parent, isElement: true, key: [], name: ""))
    }

    private mutating func add(_ node: Node) -> Int {
        guard nodes.count < Self.maxNodes else { return -1 }
        nodes.append(node)
        children[ChildKey(parent: node.parent, isElement: node.isElement, key: node.key)] = nodes.count - 1
        return nodes.count - 1
    }

    /// The table whose records are the objects at `node`, made on first use: only elements of an array are
    /// records. -1 when they are not, or when the file already has `maxTables` tables.
    mutating func table(ofRecordsAt node: Int) -> Int {
        guard node >= 0, nodes[node].isElement else { return -1 }
        if nodes[node].table >= 0 || tables.count >= Self.maxTables { return nodes[node].table }
        tables.append(Table(records: node, name: path(from: Self.root, to: node)))
        nodes[node].table = tables.count - 1
        return tables.count - 1
    }

    /// The column of the scalars at `node` in `table`, made on first use: -1 when the table has
    /// `CSVCellParser.maxColumns` columns already.
    mutating func column(of node: Int, inTable table: Int) -> Int {
        let known = nodes[node].column
        if known != -1 { return max(known, -1) }
        guard tables[table].columns.count < CSVCellParser.maxColumns else {
            nodes[node].column = -2
            return -1
        }
        tables[table].columns.append(path(from: tables[table].records, to: node))
        nodes[node].column = tables[table].columns.count - 1
        return nodes[node].column
    }

    /// Whether the table's name has a key in it (`$.data[*]`, not `$[*]`).
    func hasKey(_ table: Int) -> Bool {
        var node = tables[table].records
        while node > Self.root {
            if !nodes[node].isElement { return true }
            node = nodes[node].parent
        }
        return false
    }

    /// The path from `ancestor` (exclusive) down to `node`: `$.data[*]` from the root, `customer.lastName` or
    /// `addresses[*].city` from a record.
    private func path(from ancestor: Int, to node: Int) -> String {
        var steps: [Int] = []
        var current = node
        while current != ancestor && current > 0 {
            steps.append(current)
            current = nodes[current].parent
        }
        var text = ancestor == Self.root ? "$" : ""
        for step in steps.reversed() {
            if nodes[step].isElement {
                text += "[*]"
            } else {
                text += (text.isEmpty ? "" : ".") + nodes[step].name
            }
        }
        return text
    }
}
