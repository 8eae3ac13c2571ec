using System.Globalization;
using System.Text.RegularExpressions;
using WeiduEtl.Core.Options;

namespace WeiduEtl.Sources.Epaper;

/// <summary>An e-paper source's options, checked and compiled once per pass.</summary>
internal sealed record EpaperSettings(
    IndexUrlTemplate Index,
    Regex? PageLinks,
    string? PageLabel,
    Regex PdfLinks,
    DateOnly? Start,
    int LookBackDays,
    double RequestsPerSecond,
    string UserAgent,
    long MaxDownloadBytes,
    TimeSpan RequestTimeout,
    TimeSpan DocumentTimeout,
    int MaxRetries)
{
    /// <summary>Used when pdfLinks is not set: any link whose path ends in .pdf.</summary>
    public const string DefaultPdfLinks = @"\.pdf([?#]|$)";

    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    /// <summary>Throws <see cref="ConfigurationException"/> listing every problem when the options are not valid.</summary>
    public static EpaperSettings From(PipelineOptions pipeline)
    {
        var source = pipeline.Source;
        var problems = EpaperOptionsValidator.Validate(source).Select(p => $"pipeline '{pipeline.Name}': {p}").ToList();
        if (problems.Count > 0)
        {
            throw new ConfigurationException(problems);
        }
        return new EpaperSettings(
            IndexUrlTemplate.Parse(source.Index!),
            string.IsNullOrWhiteSpace(source.PageLinks) ? null : Compile(source.PageLinks),
            string.IsNullOrWhiteSpace(source.PageLabel) ? null : source.PageLabel.Trim(),
            Compile(string.IsNullOrWhiteSpace(source.PdfLinks) ? DefaultPdfLinks : source.PdfLinks),
            EpaperOptionsValidator.ParseDate(source.Start),
            source.LookBackDays,
            source.RequestsPerSecond,
            source.UserAgent.Trim(),
            source.MaxDownloadBytes,
            TimeSpan.FromSeconds(source.RequestTimeoutSeconds),
            TimeSpan.FromSeconds(source.DocumentTimeoutSeconds),
            source.MaxRetries);
    }

    /// <summary>Pipelines to the same host with the same limits share one rate limiter and circuit breaker.</summary>
    public string ResilienceKey(Uri url) => string.Join('|',
        HttpUris.HostKey(url),
        RequestsPerSecond.ToString(CultureInfo.InvariantCulture),
        RequestTimeout.Ticks.ToString(CultureInfo.InvariantCulture),
        DocumentTimeout.Ticks.ToString(CultureInfo.InvariantCulture),
        MaxRetries.ToString(CultureInfo.InvariantCulture));

    /// <summary>Links remembered for an unchanged page are only trusted while the link patterns are the same.</summary>
    public string LinkFingerprint => $"{PageLinks}\n{PdfLinks}";

    /// <summary>Whether a page's label (the index link text, e.g. "第05版：魏都区") selects it.</summary>
    public bool LabelMatches(string label) => PageLabel is null || label.Contains(PageLabel, StringComparison.Ordinal);

    private static Regex Compile(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeout);
}
