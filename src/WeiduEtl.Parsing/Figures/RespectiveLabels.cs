namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 分别 ("respectively") pairs a list of changes with the figures before it in the same sentence: 牛肉达49.4万吨，出口总额达
/// 26.7亿美元，同比分别增长53.2%和80% → 牛肉同比增长 53.2%, 出口总额同比增长 80%. Without 分别, or with fewer figures
/// before than changes listed, each change keeps the subject it found.
/// </summary>
internal static class RespectiveLabels
{
    public static void Distribute(string body, List<FigureCandidate> figures, FoundLabel[] labels)
    {
        for (var i = 1; i < figures.Count; i++)
        {
            var words = body[figures[i - 1].End..figures[i].Start];
            // Only a change that inherited its subject from the figure before it is distributed (增速分别加快 has its own).
            if (!words.Contains("分别", StringComparison.Ordinal) || labels[i] is not { Label: { } label, Subject: { } subject }
                || subject != labels[i - 1].Subject || !label.StartsWith(subject, StringComparison.Ordinal))
            {
                continue;
            }
            var count = 1;
            while (i + count < figures.Count && IsListed(body, figures[i + count - 1], figures[i + count]))
            {
                count++;
            }
            var first = i - count;
            if (first < 0 || !InOneSentence(body, figures[first].Start, figures[i + count - 1].End)
                || Enumerable.Range(first, count).Any(k => labels[k].Subject is null))
            {
                continue;
            }
            var change = label[subject.Length..];
            for (var k = 0; k < count; k++)
            {
                var own = labels[first + k].Subject!;
                labels[i + k] = new FoundLabel(own + change, own);
            }
            i += count - 1;
        }
    }

    /// <summary>
    /// Listed shares of a listed subject pair item by item: 最担心的是存在安全隐患和商户不支持，分别占比65%和61.9% →
    /// 存在安全隐患占比 65%, 商户不支持占比 61.9%; when the items and the figures differ in number, the label stays whole.
    /// </summary>
    public static void PairListedShares(string body, List<FigureCandidate> figures, FoundLabel[] labels)
    {
        for (var i = 0; i < figures.Count; i++)
        {
            if (labels[i].Label is not { } label || LabelWords.ShareNouns.FirstOrDefault(n => label.EndsWith(n, StringComparison.Ordinal)) is not { } share)
            {
                continue;
            }
            var count = 1;
            while (i + count < figures.Count && labels[i + count].Label == label && IsListed(body, figures[i + count - 1], figures[i + count]))
            {
                count++;
            }
            var items = label[..^share.Length].Split(ItemJoints, StringSplitOptions.RemoveEmptyEntries);
            if (count > 1 && items.Length == count)
            {
                for (var k = 0; k < count; k++)
                {
                    labels[i + k] = FoundLabel.Noun(items[k] + share);
                }
            }
            i += count - 1;
        }
    }

    private static readonly string[] ItemJoints = ["和", "、", "及", "与"];

    private static bool IsListed(string body, FigureCandidate before, FigureCandidate after) =>
        FigurePatterns.ListJoint().Match(body, before.End) is { Success: true } joint && before.End + joint.Length == after.Start;

    private static bool InOneSentence(string body, int start, int end) =>
        body.AsSpan(start, end - start).IndexOfAny(LabelWords.SentenceBreaks) < 0;
}
