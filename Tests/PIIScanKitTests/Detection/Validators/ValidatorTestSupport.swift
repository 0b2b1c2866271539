@testable import PIIScanKit

/// Runs the registered validator `name` on the UTF-8 bytes of `text`.
func validatorVerdict(_ name: String, _ text: String) -> ValidationVerdict? {
    ValidatorRegistry.all[name]?.validate(Array(text.utf8))
}
