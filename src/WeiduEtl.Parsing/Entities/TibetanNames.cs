namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// Tibetan personal names as Chinese prints them, with no surname: one or two of the common name syllables (扎西次仁,
/// 格桑多吉, 卓玛). A general list of the syllables Tibetan names are made of, not one paper's names. One syllable alone
/// is a name only where a predicate or the end of the clause follows (卓玛|说), since 格桑 and 尼玛 are words too.
/// </summary>
internal static class TibetanNames
{
    private static readonly WordIndex Syllables = HanText.Longest(
        "扎西", "次仁", "格桑", "多吉", "多杰", "卓玛", "拉姆", "尼玛", "达瓦", "达娃", "平措", "洛桑", "顿珠", "德吉", "白玛", "曲珍",
        "边巴", "巴桑", "普布", "旦增", "丹增", "单增", "嘉措", "加措", "措姆", "央金", "央宗", "桑珠", "次旦", "强巴", "群培", "益西",
        "贡嘎", "仁青", "米玛", "拉巴", "琼达", "阿旺", "旺堆", "旺姆", "旺久", "索朗", "欧珠", "土登", "土旦", "坚参", "坚赞", "贡布",
        "赤列", "群宗", "巴珠", "卓嘎", "拉珍", "次珍", "玉珍", "德央", "才让", "才旦", "仓决", "多布杰", "旺杰", "罗布", "尼珍", "拉宗",
        "次央", "德庆", "格列", "格勒", "曲措", "朗杰", "扎巴", "班觉", "白珍", "巴顿", "卓嘎", "美朵", "宗吉", "次松",
        "泽仁", "则仁", "泽旺", "洛松", "仁增", "次成",
        // Yangchen, Yangtso and Yangzom as printed with 拥 (拥珍, 拥措, 拥宗); 拥 opens no common word with these letters.
        "拥珍", "拥措", "拥宗");

    /// <summary>The letters a Tibetan name starts with.</summary>
    public static CharSet FirstLetters => Syllables.Firsts;

    /// <summary>Length of the Tibetan name starting at <paramref name="index"/>, 0 when none does.</summary>
    public static int LengthAt(string text, int index)
    {
        if (HanText.WordAt(text, index, Syllables) is not { } first)
        {
            return 0;
        }
        var end = index + first.Length;
        if (HanText.WordAt(text, end, Syllables) is { } second)
        {
            return first.Length + second.Length;
        }
        return !HanText.IsHanAt(text, end) || PersonNameReader.StartsPredicate(text, end) ? first.Length : 0;
    }
}
