namespace WeiduEtl.Core.Parsing;

/// <summary>A direct quotation in an article body.</summary>
/// <param name="Text">Inside the quotation marks; <c>body[CharStart..CharEnd] == Text</c>.</param>
/// <param name="Speaker">The speaker's name as in the mentions, or a group (商户们); null when the text names no one.</param>
/// <param name="SpeakerMention">Index into the article's mentions of the person who speaks; null unless a person mention.</param>
/// <param name="Verb">The verb of saying (说, 表示, 介绍说…); null when unattributed.</param>
/// <param name="Rule">The attribution rule that applied, or the one that kept it unattributed.</param>
public sealed record QuoteMention(string Text, string? Speaker, int? SpeakerMention, string? Verb, int CharStart, int CharEnd, string Rule);
