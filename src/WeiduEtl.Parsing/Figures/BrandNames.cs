namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 7天连锁酒店, 三只松鼠旗舰店, 24小时便利店: a span, a weight or a count of animals written straight before the noun of a
/// shop or a chain is the shop's name. A classifier of places (3家酒店, 两座宾馆) counts the shops and stays a figure.
/// </summary>
internal static class BrandNames
{
    /// <summary>Nouns of shops and chains that a name stands before.</summary>
    private static readonly string[] ShopNouns = ["连锁", "酒店", "宾馆", "旅馆", "旗舰店", "专卖店", "便利店", "超市", "商店", "饭店", "餐厅", "品牌"];

    /// <summary>Classifiers that count shops and buildings: before a shop noun they still count.</summary>
    private static readonly string[] PlaceClassifiers = ["家", "个", "座", "间", "所", "处", "栋", "幢", "户", "批", "类", "种"];

    /// <summary>The longest noun a counted name puts between its measure word and the shop (三只松鼠旗舰店).</summary>
    private const int NamedNounMaxLength = 2;

    public static bool IsInsideName(string body, FigureCandidate figure)
    {
        if (figure.Start != figure.NumberStart || figure.Unit is not { } unit || PlaceClassifiers.Contains(unit))
        {
            return false;
        }
        return NounAfterFigure.Find(body, figure.End, NamedNounMaxLength + 1, at => body.WordAt(at, ShopNouns) is not null) >= 0;
    }
}
