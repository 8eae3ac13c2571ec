using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Layout.Rules;

/// <summary>A note that closes an item: a source tag, credits, a dateline or an end mark.</summary>
/// <param name="Text">The source tag or the dateline as printed, without brackets; null for credits and end marks.</param>
internal sealed record TrailingNote(TrailingNoteKind Kind, string? Text, IReadOnlyList<Contributor> Contributors);
