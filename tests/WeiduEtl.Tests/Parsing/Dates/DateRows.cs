using System.Globalization;
using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Dates;

namespace WeiduEtl.Tests.Parsing.Dates;

/// <summary>Writes dates as <c>text|date|precision|part_of_day</c> rows ("-" for null) so tables read like the CSV.</summary>
public static class DateRows
{
    private static readonly RuleBasedDateExtractor Extractor = new();

    public static List<string> Extract(string body, int? assumedYear)
    {
        var dates = Extractor.Extract(body, assumedYear);
        foreach (var d in dates)
        {
            Assert.Equal(d.Text, body[d.CharStart..d.CharEnd]);
        }
        return [.. dates.Select(Format)];
    }

    public static string Format(DateMention d) =>
        string.Join('|', d.Text, d.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-", d.Precision.ToString().ToLowerInvariant(), d.PartOfDay ?? "-");

    public static List<string> Split(string expected) =>
        [.. expected.Split(" ; ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
