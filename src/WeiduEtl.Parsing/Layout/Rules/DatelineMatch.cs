using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Layout.Rules;

/// <summary>A dateline at the head of a paragraph, the credits in its brackets, and the text after it.</summary>
internal sealed record DatelineMatch(string Dateline, IReadOnlyList<Contributor> Contributors, string Rest);
