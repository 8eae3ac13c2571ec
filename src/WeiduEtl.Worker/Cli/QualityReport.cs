using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using WeiduEtl.Quality;

namespace WeiduEtl.Worker.Cli;

/// <summary>The <c>quality</c> verb's output: a table a person reads, or JSON.</summary>
public static class QualityReport
{
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Text(IReadOnlyList<SetQuality> sets, bool pages, bool differences)
    {
        var text = new StringBuilder();
        text.AppendLine(Row("rendering / pages", "pages", "articles", "found", "extra", "headers", "body ends", "reporters", "paragraphs"));
        foreach (var set in sets)
        {
            text.AppendLine(Row($"{set.Set} all", set.Pages.Count, set.Total));
            if (set.HeldOutDays.Count > 0)
            {
                var heldOut = set.Pages.Count(p => set.HeldOutDays.Contains(p.Date));
                text.AppendLine(Row($"{set.Set} rule-writing days", set.Pages.Count - heldOut, set.RuleWriting));
                text.AppendLine(Row($"{set.Set} held-out days", heldOut, set.HeldOut));
            }
            foreach (var page in pages || differences ? set.Pages : [])
            {
                text.AppendLine(Row($"  {set.Set} {page.Page}", 1, page.Counts));
                foreach (var difference in differences ? page.Differences : [])
                {
                    text.Append("      ").AppendLine(difference);
                }
            }
        }
        return text.ToString().TrimEnd();
    }

    public static string Json(IReadOnlyList<SetQuality> sets) => new JsonArray([.. sets.Select(s =>
    {
        var rendering = QualitySummary.Rendering(s);
        rendering["pages"] = new JsonArray([.. s.Pages.Select(p => new JsonObject
        {
            ["page"] = p.Page,
            ["scores"] = QualitySummary.Scores(1, p.Counts),
            ["differences"] = new JsonArray([.. p.Differences.Select(d => JsonValue.Create(d))]),
        })]);
        return rendering;
    })]).ToJsonString(JsonOptions);

    // A share of nothing (no article found, none credited in the truth or the output) is printed as "–", not 0 %:
    // a page that credits no reporter has no reporter wrong.
    private static string Row(string name, int pages, QualityCounts c) =>
        Row(name, pages.ToString(CultureInfo.InvariantCulture), c.TrueArticles.ToString(CultureInfo.InvariantCulture),
            Share(c.ArticlesFound, c.TrueArticles), Share(c.ExtraItems, c.TrueArticles, "+"),
            Share(c.HeaderLinesRight, c.Found), Share(c.BodyEndsRight, c.Found),
            Share(c.ReportersRightRate, c.ReportersChecked), Percent(c.ParagraphBreaksRight));

    private static string Row(params string[] cells) =>
        $"{cells[0],-30} {cells[1],6} {cells[2],9} {cells[3],7} {cells[4],7} {cells[5],8} {cells[6],10} {cells[7],10} {cells[8],11}";

    private static string Share(double rate, int whole, string sign = "") => whole == 0 ? "–" : sign + Percent(rate);

    private static string Percent(double rate) => rate.ToString("P0", CultureInfo.InvariantCulture).Replace(" ", "", StringComparison.Ordinal);
}
