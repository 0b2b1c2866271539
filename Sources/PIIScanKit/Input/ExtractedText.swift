/// Text a document reader pulled out of a file or member (a spreadsheet's sheet as CSV rows, a PDF's pages, a
/// word-processing document's paragraphs), scanned by `ScanWorker.scanStream` like a file's bytes. It is read
/// as a stream, never held whole, and says where in the document each line of it came from.
package protocol ExtractedText: AnyObject, ByteSource {
    /// Starts the text over from its first byte (a table's profile pass reads it twice); false when it cannot.
    func rewind() -> Bool
    /// Where in the document the text at `line` (1-based, of the extracted text) comes from, as people name it
    /// (`page 3`, `Customers!C7`, `paragraph 12`); `column` is the 0-based table column of the cell when the text
    /// is read as a table, else nil. Nil when the line number says it.
    func place(line: Int, column: Int?) -> String?
}
