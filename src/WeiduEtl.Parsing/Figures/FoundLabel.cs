namespace WeiduEtl.Parsing.Figures;

/// <summary>A figure's label and the noun phrase in it that the figure measures (利润总额 of 利润总额同比增长).</summary>
internal readonly record struct FoundLabel(string? Label, string? Subject)
{
    public static FoundLabel None => new(null, null);

    public static FoundLabel Noun(string? noun) => new(noun, noun);
}
