namespace WeiduEtl.Parsing.Layout;

/// <summary>A named rule that says what a block is, or null to leave it to the rules after it.</summary>
internal sealed record BlockRule(string Name, Func<BlockContext, ClassifiedBlock?> Apply);
