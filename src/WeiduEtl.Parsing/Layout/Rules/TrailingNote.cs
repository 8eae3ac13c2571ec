using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Layout.Rules;

/// <summary>A note that closes an item: a source tag, credits or an end mark.</summary>
internal sealed record TrailingNote(TrailingNoteKind Kind, string? SourceTag, IReadOnlyList<Contributor> Contributors);
