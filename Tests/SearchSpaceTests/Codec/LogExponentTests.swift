import Foundation
import Testing
@testable import SearchSpace

/// A log-scale bound typed in real units is stored as the shortest exponent whose exp() shows
/// the typed value again (at the typed precision, and at least 6 significant digits).
struct LogExponentTests {
    @Test(arguments: ["1e-4", "0.0001", "0.01", "0.00015", "3.5e-5", "0.123456789", "1", "250"])
    func expOfTheStoredExponentShowsWhatWasTyped(_ typed: String) throws {
        let e = try #require(LogExponent.shortest(typed: typed))
        let x = Double(typed)!
        let digits = max(6, LogExponent.significantDigits(typed))
        #expect(NumberFormat.rounded(exp(e), significant: digits) == NumberFormat.rounded(x, significant: digits),
                "\(typed) -> \(e) -> \(exp(e))")
        // and no shorter exponent would do
        let decimals = e == e.rounded() ? 0 : String(e).split(separator: ".").last.map { $0.count } ?? 0
        if decimals > 0 {
            let scale = pow(10.0, Double(decimals - 1))
            let shorter = (log(x) * scale).rounded() / scale
            #expect(NumberFormat.rounded(exp(shorter), significant: digits) != NumberFormat.rounded(x, significant: digits))
        }
    }

    @Test func oneTenThousandthIsNoLongerOnePointZeroZeroZeroZeroFour() {
        #expect(LogExponent.shortest(typed: "1e-4") == -9.21034)
        #expect(String(format: "%g", exp(LogExponent.shortest(typed: "1e-4")!)) == "0.0001")
    }

    @Test func significantDigitsAsTyped() {
        #expect(LogExponent.significantDigits("1e-4") == 1)
        #expect(LogExponent.significantDigits("0.00015") == 2)
        #expect(LogExponent.significantDigits("2.50") == 3)
        #expect(LogExponent.shortest(typed: "0") == nil)
        #expect(LogExponent.shortest(typed: "-1") == nil)
    }
}
