using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Layout.Rules;

/// <summary>A caption split from its credit: the caption text, the photographers, and the credit as printed.</summary>
internal sealed record CaptionMatch(string Caption, IReadOnlyList<Contributor> Photographers, string? CreditText)
{
    public string? Credit => Photographers.Count == 0 ? null : string.Join('、', Photographers.Select(p => p.Name));
}
