using System.Globalization;
using System.Text.RegularExpressions;
using WeiduEtl.Core.Options;

namespace WeiduEtl.Sources.Epaper;

/// <summary>
/// Every problem with an e-paper source's fields at once, each starting "field 'source.xxx': ",
/// because operators fix pipelines.json by hand and should not have to run it once per mistake.
/// </summary>
internal static class EpaperOptionsValidator
{
    public static IEnumerable<string> Validate(SourceOptions source)
    {
        if (IndexUrlTemplate.Problem(source.Index) is { } index)
        {
            yield return $"field 'source.index': {index}";
        }
        if (RegexProblem(source.PageLinks) is { } pageLinks)
        {
            yield return $"field 'source.pageLinks': {pageLinks}";
        }
        if (RegexProblem(source.PdfLinks) is { } pdfLinks)
        {
            yield return $"field 'source.pdfLinks': {pdfLinks}";
        }
        if (!string.IsNullOrWhiteSpace(source.PageLabel) && string.IsNullOrWhiteSpace(source.PageLinks))
        {
            yield return "field 'source.pageLabel': needs 'source.pageLinks', since a page's label is the text of the index link to it";
        }
        if (!string.IsNullOrWhiteSpace(source.Start) && ParseDate(source.Start) is null)
        {
            yield return $"field 'source.start': '{source.Start}' is not a date in the form yyyy-MM-dd (e.g. \"2023-08-01\")";
        }
        if (source.LookBackDays < 0)
        {
            yield return $"field 'source.lookBackDays': {source.LookBackDays} must be 0 or more (days before the last fetched one to check again)";
        }
        if (!(source.RequestsPerSecond > 0) || double.IsInfinity(source.RequestsPerSecond))
        {
            yield return $"field 'source.requestsPerSecond': {source.RequestsPerSecond} must be a number above 0 (e.g. 2; 0.5 is one request every two seconds)";
        }
        if (string.IsNullOrWhiteSpace(source.UserAgent) || source.UserAgent.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            yield return "field 'source.userAgent': required on one line (e.g. \"WeiduEtl/1.0 (+https://example.org/contact)\")";
        }
        if (source.MaxDownloadBytes <= 0)
        {
            yield return $"field 'source.maxDownloadBytes': {source.MaxDownloadBytes} must be above 0";
        }
        if (TimeoutProblem(source.RequestTimeoutSeconds) is { } request)
        {
            yield return $"field 'source.requestTimeoutSeconds': {request}";
        }
        if (TimeoutProblem(source.DocumentTimeoutSeconds) is { } document)
        {
            yield return $"field 'source.documentTimeoutSeconds': {document}";
        }
        else if (source.DocumentTimeoutSeconds < source.RequestTimeoutSeconds)
        {
            yield return $"field 'source.documentTimeoutSeconds': {source.DocumentTimeoutSeconds} is shorter than requestTimeoutSeconds ({source.RequestTimeoutSeconds}); it bounds all attempts of one download together";
        }
        if (source.MaxRetries is < 0 or > 20)
        {
            yield return $"field 'source.maxRetries': {source.MaxRetries} must be between 0 and 20";
        }
    }

    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static string? RegexProblem(string? pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            return null;
        }
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            return null;
        }
        catch (ArgumentException ex)
        {
            return $"'{pattern}' is not a valid regular expression: {ex.Message} (JSON needs '\\\\' for one backslash)";
        }
    }

    private static string? TimeoutProblem(double seconds) =>
        seconds is >= 0.01 and <= 86_400 ? null : $"{seconds} must be between 0.01 and 86400 seconds";
}
