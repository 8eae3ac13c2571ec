namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// Made-up pages kept out of rule writing, hand-labelled before the extractors first ran on them, to measure
/// precision and recall: HeldOut/provincial-daily-2023-09.txt (a provincial daily, written when the rules were
/// first finished; its misses then led to five fixes) and HeldOut/evening-paper-2023-10.txt (an evening paper,
/// written after those fixes). Both pages are of 2023.
/// </summary>
public static class HeldOutPage
{
    public const int IssueYear = 2023;
    public const string Provincial = "provincial-daily-2023-09.txt";
    public const string Evening = "evening-paper-2023-10.txt";

    public static IReadOnlyList<string> Lines(string fileName = Provincial) => Read(fileName);

    /// <summary>The page as one article body, its lines joined by \n as the pipeline joins paragraphs.</summary>
    public static string Body(string fileName) => string.Join('\n', Read(fileName));

    /// <summary>The line (from 1) of a body offset.</summary>
    public static int LineOf(string body, int offset) => body.AsSpan(0, offset).Count('\n') + 1;

    /// <summary>The hand labels of a gold file as (line number from 1, row).</summary>
    public static IReadOnlyList<(int Line, string Row)> Gold(string fileName) =>
        [.. Read(fileName).Where(l => !l.StartsWith('#')).Select(l => l.Split('\t')).Select(p => (int.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture), p[1]))];

    /// <summary>Precision and recall of found rows against gold rows, each matched at most once on the same line.</summary>
    public static (double Precision, double Recall, List<string> Misses, List<string> Extras) Score(
        IReadOnlyList<(int Line, string Key)> gold, IReadOnlyList<(int Line, string Key)> found)
    {
        var unmatched = gold.ToList();
        var extras = new List<string>();
        foreach (var row in found)
        {
            var at = unmatched.IndexOf(row);
            if (at >= 0)
            {
                unmatched.RemoveAt(at);
            }
            else
            {
                extras.Add($"{row.Line}: {row.Key}");
            }
        }
        var hits = found.Count - extras.Count;
        return (found.Count == 0 ? 1 : (double)hits / found.Count, gold.Count == 0 ? 1 : (double)hits / gold.Count,
            [.. unmatched.Select(r => $"{r.Line}: {r.Key}")], extras);
    }

    private static string[] Read(string fileName) =>
        [.. File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Parsing", "Figures", "HeldOut", fileName)).Select(l => l.Trim()).Where(l => l.Length > 0)];
}
