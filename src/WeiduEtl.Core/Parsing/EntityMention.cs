namespace WeiduEtl.Core.Parsing;

/// <summary>A person, organisation or place named in an article body.</summary>
/// <param name="Text">As printed, e.g. 魏都城管局党组书记、局长景海燕; <c>body[CharStart..CharEnd] == Text</c>.</param>
/// <param name="Name">The person's name, or the organisation's or place's full name as printed.</param>
/// <param name="Title">A person's job titles as printed (党组书记、局长); null when none.</param>
/// <param name="Organisation">The organisation a person's title belongs to (魏都城管局), an 该社区 resolved to the one named before; null when none.</param>
/// <param name="Rule">The name of the rule that found it.</param>
public sealed record EntityMention(
    MentionKind Kind, string Text, string Name, string? Title, string? Organisation, int CharStart, int CharEnd, string Rule);
