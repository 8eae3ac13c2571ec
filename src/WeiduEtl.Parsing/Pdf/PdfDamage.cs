using UglyToad.PdfPig.Core;
using WeiduEtl.Core.Ports;
using WeiduEtl.Core.Runs;

namespace WeiduEtl.Parsing.Pdf;

/// <summary>
/// Says in words why PdfPig or the layout code could not read a PDF. The exception stays inside the rejection, so
/// the ledger can still record its type and where it was thrown.
/// </summary>
internal static class PdfDamage
{
    public static DocumentRejectedException WhileOpening(Exception error) =>
        new($"the PDF is damaged and cannot be opened ({What(error)})", error);

    public static DocumentRejectedException OnPage(int page, Exception error) => FromPdfPig(error)
        ? new($"page {page} of the PDF is damaged and cannot be read ({What(error)})", error)
        : new($"page {page} of the PDF could not be laid out: a fault in WeiduEtl, not in the file ({error.GetType().Name}); please report it with the file", error);

    private static bool FromPdfPig(Exception error) =>
        FailureReason.ThrownIn(error)?.StartsWith("UglyToad.PdfPig", StringComparison.Ordinal) != false;

    private static string What(Exception error) => error switch
    {
        PdfDocumentFormatException format when !string.IsNullOrWhiteSpace(format.Message) => Sentence(format.Message),
        InvalidCastException => "an object in it is of the wrong kind",
        IndexOutOfRangeException or ArgumentOutOfRangeException => "a reference in it points outside the data it refers to",
        ArgumentNullException or NullReferenceException or KeyNotFoundException => "an entry it needs is missing",
        EndOfStreamException => "its data ends too early",
        FormatException or OverflowException or ArgumentException => "a value in it cannot be read",
        _ => "its structure cannot be read",
    };

    // PdfPig's own messages are words, but some go on to dump the tokens they met; keep the words.
    private static string Sentence(string message)
    {
        var colon = message.IndexOf(':', StringComparison.Ordinal);
        var words = colon > 0 && message.AsSpan(colon).ContainsAny("<[") ? message[..colon] : message;
        return (words.Length > 160 ? words[..160] + "…" : words).TrimEnd('.', ' ');
    }
}
