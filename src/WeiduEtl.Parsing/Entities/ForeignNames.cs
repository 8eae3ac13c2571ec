namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// Foreign names as Chinese prints them: transliterated parts joined by a middle dot (杰克·史密斯, 玛丽亚·安娜·罗德里格斯).
/// The parts are read over the characters of the standard transliteration tables, so the name ends where ordinary
/// words begin (…史密斯|专程前来).
/// </summary>
internal static class ForeignNames
{
    private const int MaxPart = 6;

    private static readonly CharSet Dots = new("·•・‧");

    /// <summary>Characters the transliteration tables use for foreign names (a general list, not one paper's names).</summary>
    private static readonly CharSet Transliteration = new(
        "阿埃艾爱安昂奥澳巴芭拜班邦鲍贝本比彼毕宾波伯勃博布查达黛戴丹道德登迪蒂丁东杜顿多厄恩尔法范菲费芬丰佛弗福伏夫盖甘冈高戈格葛根贡古赛罕" +
        "哈海汉豪赫黑亨洪胡华怀惠霍基吉加佳贾杰捷金喀卡凯坎康考柯科克肯库夸奎昆拉莱赖兰朗劳勒雷蕾里莉利连林琳琉柳龙卢鲁路伦罗洛吕" +
        "马玛迈麦曼芒梅美门蒙孟米密明摩莫默姆穆那纳娜乃奈南内尼妮宁纽努诺欧帕派潘庞佩彭皮普齐奇恰乔切钦琼丘屈萨塞桑瑟森沙莎善尚绍舍申保" +
        "施什史舒斯丝松苏索塔泰坦汤唐陶特提铁图托瓦万旺威韦维温文翁沃乌伍西希锡夏谢辛休胥雅亚娅扬耶伊依因英尤于约泽扎詹兹佐涅聂茨契彻肖");

    /// <summary>
    /// Length of a foreign name printed without a dot (瓦拉普拉萨德, 扎里夫) starting at <paramref name="index"/>: a run of
    /// three to six letters of the transliteration tables, 0 when shorter. Only where the grammar already says a name
    /// follows (after a title or a descriptor): elsewhere such runs are as often countries and places (坦桑尼亚).
    /// </summary>
    public static int BareLengthAt(string text, int index)
    {
        var end = index;
        while (end < text.Length && end - index < MaxPart && Transliteration.Contains(text[end]))
        {
            end++;
        }
        return end - index >= 3 && !(end < text.Length && Transliteration.Contains(text[end])) ? end - index : 0;
    }

    /// <summary>
    /// Whether a foreign name of two letters (哈迪, 莱法) starts at <paramref name="index"/>: two letters of the
    /// transliteration tables and no third. Only where a title introduces it and a verb or a post follows it.
    /// </summary>
    public static bool IsPairAt(string text, int index) =>
        index + 1 < text.Length && Transliteration.Contains(text[index]) && Transliteration.Contains(text[index + 1])
        && !(index + 2 < text.Length && Transliteration.Contains(text[index + 2]));

    /// <summary>Whether every letter of <paramref name="name"/> but its dots is of the transliteration tables.</summary>
    public static bool IsTransliterated(string name) => name.All(c => Dots.Contains(c) || Transliteration.Contains(c));

    /// <summary>Length of the dotted foreign name starting at <paramref name="index"/>, 0 when none starts there.</summary>
    public static int LengthAt(string text, int index)
    {
        var pos = index;
        var parts = 0;
        while (true)
        {
            var partEnd = pos;
            while (partEnd < text.Length && partEnd - pos < MaxPart && Transliteration.Contains(text[partEnd]))
            {
                partEnd++;
            }
            if (partEnd == pos)
            {
                return 0;
            }
            parts++;
            if (partEnd + 1 < text.Length && Dots.Contains(text[partEnd]) && Transliteration.Contains(text[partEnd + 1]))
            {
                pos = partEnd + 1;
                continue;
            }
            return parts >= 2 ? partEnd - index : 0;
        }
    }
}
