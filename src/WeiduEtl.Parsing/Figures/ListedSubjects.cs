namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 分别 pairs a list of subjects sharing one head noun with the list of figures after it: 粮食、蔬菜、水果产量分别达到12万吨、
/// 35万吨和8万吨 → 粮食产量, 蔬菜产量, 水果产量; 城镇和农村居民人均可支配收入分别为4.2万元和1.6万元 → 城镇居民…, 农村居民….
/// The label rules read only the last item (水果产量); parallel items are printed alike, so the last item's own words are as
/// long as the item before it, and the rest of it is the head every item shares. When the items and figures differ in
/// number, or the items differ in length, the labels stay as found.
/// </summary>
internal static class ListedSubjects
{
    private const string Joints = "、和及与";

    private const int ItemMaxLength = 6;

    private const int FirstItemMaxLength = 4;

    /// <summary>Words between the subject and 分别 that leave it whole (产量同比分别增长).</summary>
    private static readonly string[] Between = ["同比", "环比", "今年", "去年", "全年"];

    public static void Pair(string body, List<FigureCandidate> figures, FoundLabel[] labels)
    {
        for (var i = 0; i < figures.Count; i++)
        {
            var count = 1;
            while (i + count < figures.Count && Listed(body, figures[i + count - 1], figures[i + count]) && labels[i + count] == labels[i])
            {
                count++;
            }
            if (count > 1 && labels[i].Subject is { } subject && Items(body, figures[i].Start, subject) is { } items && items.Count == count)
            {
                var head = subject[items[^1].Length..];
                var change = labels[i].Label is { } label && label.StartsWith(subject, StringComparison.Ordinal) ? label[subject.Length..] : "";
                for (var k = 0; k < count; k++)
                {
                    labels[i + k] = new FoundLabel(items[k] + head + change, items[k] + head);
                }
            }
            i += count - 1;
        }
    }

    /// <summary>The items' own words (粮食, 蔬菜, 水果) when a list ending in <paramref name="subject"/> stands before 分别.</summary>
    private static List<string>? Items(string body, int figureStart, string subject)
    {
        var clauseStart = body.AsSpan(0, figureStart).LastIndexOfAny(LabelWords.ClauseBreaksOutsideLists) + 1;
        var clause = body[clauseStart..figureStart];
        var respectively = clause.LastIndexOf("分别", StringComparison.Ordinal);
        if (respectively < 0)
        {
            return null;
        }
        var before = LabelText.StripEnd(clause[..respectively], Between);
        if (!before.EndsWith(subject, StringComparison.Ordinal))
        {
            return null;
        }
        var rest = before[..^subject.Length];
        var items = new List<string>();
        while (rest.Length > 0 && Joints.Contains(rest[^1], StringComparison.Ordinal))
        {
            rest = rest[..^1];
            var start = rest.Length;
            while (start > 0 && FigureReader.IsHan(rest[start - 1]) && !Joints.Contains(rest[start - 1], StringComparison.Ordinal))
            {
                start--;
            }
            items.Insert(0, rest[start..]);
            rest = rest[..start];
        }
        if (items.Count == 0)
        {
            return null;
        }
        // Items between two joints are whole; the first may carry a scope before it (全区粮食), so it is cut to their length.
        // A first item alone gives its own length once its scope is off (全区城镇和农村居民…).
        items[0] = LabelText.StripStart(items[0], LabelWords.LeadingScopes);
        var length = items.Count == 1 ? items[0].Length : items[^1].Length;
        if (length is < 1 or > ItemMaxLength || items.Count == 1 && length > FirstItemMaxLength || subject.Length - length < 2
            || items.Any(item => item.Length < length) || items.Skip(1).Any(item => item.Length != length))
        {
            return null;
        }
        items[0] = items[0][^length..];
        items.Add(subject[..length]);
        return items;
    }

    private static bool Listed(string body, FigureCandidate before, FigureCandidate after) =>
        FigurePatterns.ListJoint().Match(body, before.End) is { Success: true } joint && before.End + joint.Length == after.Start;
}
