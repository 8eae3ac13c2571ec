using System.Globalization;
using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Figures;

namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>Writes figures as <c>text|label|value|unit|qualifier</c> rows (label "-" when null) so tables read like the CSV.</summary>
public static class FigureRows
{
    private static readonly RuleBasedFigureExtractor Extractor = new();

    public static string Format(FigureMention f) =>
        string.Join('|', f.Text, f.Label ?? "-", f.Value.ToString(CultureInfo.InvariantCulture), f.Unit, Qualifier(f.Qualifier));

    public static string Qualifier(FigureQualifier q) => q switch
    {
        FigureQualifier.AtMost => "at_most",
        FigureQualifier.AtLeast => "at_least",
        _ => q.ToString().ToLowerInvariant(),
    };

    /// <summary>Extracts, checks that every span is where it says, and returns the rows.</summary>
    public static List<string> Extract(string body)
    {
        var figures = Extractor.Extract(body);
        foreach (var f in figures)
        {
            Assert.Equal(f.Text, body[f.CharStart..f.CharEnd]);
        }
        return [.. figures.Select(Format)];
    }

    public static List<string> Split(string expected) =>
        [.. expected.Split(" ; ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
