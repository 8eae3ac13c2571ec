using System.Globalization;
using System.Text.RegularExpressions;

namespace WeiduEtl.Sources.Epaper;

/// <summary>
/// A day's index URL with <c>{date:FORMAT}</c> placeholders, each filled with the date in that .NET
/// custom format (invariant culture): <c>https://paper.example.cn/html/{date:yyyy-MM}/{date:dd}/node_1.htm</c>.
/// A bare <c>{date}</c> means <c>yyyy-MM-dd</c>.
/// </summary>
public sealed partial class IndexUrlTemplate
{
    private static readonly DateOnly Sample = new(2023, 8, 1);

    private IndexUrlTemplate(string template) => Template = template;

    public string Template { get; }

    /// <summary>Throws <see cref="FormatException"/> with the reason when the template is not usable.</summary>
    public static IndexUrlTemplate Parse(string template) =>
        Problem(template) is { } problem ? throw new FormatException(problem) : new IndexUrlTemplate(template);

    /// <summary>Why the template cannot be used, or null when it can.</summary>
    public static string? Problem(string? template)
    {
        if (string.IsNullOrWhiteSpace(template))
        {
            return "required (the day's index page, e.g. \"https://paper.example.cn/html/{date:yyyy-MM}/{date:dd}/node_1.htm\")";
        }
        var placeholders = Placeholder().Matches(template);
        if (placeholders.Count == 0)
        {
            return $"'{template}' has no {{date:FORMAT}} placeholder, so every day would read the same page (e.g. {{date:yyyy-MM}}/{{date:dd}})";
        }
        var rest = Placeholder().Replace(template, "");
        if (rest.Contains('{', StringComparison.Ordinal) || rest.Contains('}', StringComparison.Ordinal))
        {
            return $"'{template}' has a brace that is not a {{date:FORMAT}} placeholder; only {{date}} and {{date:FORMAT}} are known";
        }
        string sample;
        try
        {
            sample = Fill(template, Sample);
        }
        catch (FormatException ex)
        {
            return $"'{template}' has a date format .NET cannot use: {ex.Message}";
        }
        if (!Uri.TryCreate(sample, UriKind.Absolute, out var uri) || !HttpUris.IsHttp(uri))
        {
            return $"'{template}' must be an absolute http:// or https:// URL (for {Sample:yyyy-MM-dd} it gives '{sample}')";
        }
        return null;
    }

    public Uri For(DateOnly date) => new(Fill(Template, date));

    public override string ToString() => Template;

    private static string Fill(string template, DateOnly date) =>
        Placeholder().Replace(template, m =>
        {
            var format = m.Groups["format"].Success ? m.Groups["format"].Value : "yyyy-MM-dd";
            return date.ToString(format, CultureInfo.InvariantCulture);
        });

    [GeneratedRegex(@"\{date(?::(?<format>[^{}]+))?\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
