using System.Globalization;

namespace WeiduEtl.Serving;

/// <summary>The dataset page's account of how far to trust the articles table: the parser's measured scores.</summary>
internal static class QualitySection
{
    public static void Render(Html html, IReadOnlyList<ManifestQuality> quality)
    {
        if (quality.Count == 0)
        {
            return;
        }
        html.Element("h3", "稿件识别质量");
        html.Element("p", "本版本的解析程序在它未针对编写规则的另一份报纸的版面上测得的结果（文本与两种 PDF 版式）；“找全”指一篇稿件被完整识别为一条，既未拆开也未与他稿相连。", ("class", "note"));
        html.Open("table", ("class", "quality")).Open("thead").Open("tr");
        foreach (var heading in new[] { "版面形式", "稿件找全", "多出条目", "标题行正确", "正文结尾正确", "留出日期上找全" })
        {
            html.Element("th", heading, ("scope", "col"));
        }
        html.Close("tr").Close("thead").Open("tbody");
        foreach (var line in quality)
        {
            html.Open("tr", ("data-rendering", line.Rendering));
            html.Open("th", ("scope", "row")).Element("code", line.Rendering).Close("th");
            html.Cell(Percent(line.Found), "n");
            html.Cell(line.Extra is null ? "—" : "+" + Percent(line.Extra), "n");
            html.Cell(Percent(line.Headers), "n");
            html.Cell(Percent(line.BodyEnds), "n");
            html.Cell(Percent(line.HeldOutFound), "n");
            html.Close("tr");
        }
        html.Close("tbody").Close("table");
    }

    private static string Percent(double? rate) => rate is { } r ? r.ToString("P0", CultureInfo.InvariantCulture).Replace(" ", "", StringComparison.Ordinal) : "—";
}
