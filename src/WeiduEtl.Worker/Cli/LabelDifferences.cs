namespace WeiduEtl.Worker.Cli;

/// <summary>Where an extractor differs from hand labels, a line each, on the rule-writing pages and the held-out pages.</summary>
internal sealed record LabelDifferences(IReadOnlyList<string> RuleWriting, IReadOnlyList<string> HeldOut)
{
    public static LabelDifferences None { get; } = new([], []);

    /// <summary>The lines as <c>quality --differences</c> prints them, under a heading for each set of pages.</summary>
    public IEnumerable<string> Lines(string what)
    {
        yield return $"{what} differences, rule-writing pages ({RuleWriting.Count}):";
        foreach (var line in RuleWriting)
        {
            yield return "  " + line;
        }
        yield return $"{what} differences, held-out pages ({HeldOut.Count}):";
        foreach (var line in HeldOut)
        {
            yield return "  " + line;
        }
    }
}
