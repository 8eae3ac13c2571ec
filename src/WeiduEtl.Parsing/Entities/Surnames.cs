namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// Chinese family names a person's name starts with: the common single-character surnames and the compound ones.
/// Characters that are far more often words than surnames at the start of a name (全, 和, 于 after a title is
/// still read) are left out so that a title followed by an ordinary word is not read as a person.
/// </summary>
internal static class Surnames
{
    private const string Single =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤易常温康施文牛樊葛邢安齐伍庞颜倪耿焦聂柴殷谷霍鲁申凌柳乔祝苗岳房储翟甘管靳芦符滕童蒙鲍仇边葛娄屈骆赖车欧阳" +
        "景屠牟晏卜宁梅艾庄盛辛单丛关饶冉成华向佟连楚司邬籍阎巩吉郎卫毕栗麻喻宫裴宗窦游柯应左解荆岑杭甄项米晋时索代习居乐桑洪包计伏戚谈茅纪舒阮蓝闵季危虞卢缪宣郁钮嵇荣翁荀惠封芮储巫焦巴牧侯仲伊宫仇栾甘厉戎祖詹束幸黎薄蒲邰鄂卓蔺池胥闻姬冉雍桂濮寿扈燕冀尚晏瞿茹宦艾庾衡耿匡寇禄阙蔚隆晁敖冷辛阚简饶鞠丰巢权逯桓商" +
        // Surnames of the Hundred Family Surnames that rarely start an ordinary word after a title.
        "章兰俞涂曲祁尤穆褚费柏臧苟卞隋刁佘苑邝鄢谌奚粟冼楼仝郜帅朴廉禹漆卿狄亓裘邸辜昝湛宾萧" +
        // Regional surnames that open no word of the modern language (戢 of 湖北), and common ones that open none either
        // (傅 ends 师傅 but starts no word; 訾).
        "戢傅訾" +
        // The surname monks and nuns take (某寺监院释某某); the words it opens (释放, 释然) are kept out after a post, see
        // PersonNameReader's words opening with a surname.
        "释" +
        // 盖 is a verb as well; before what it builds (盖章, 盖房) it is read as one, see IsVerbGai.
        "盖";

    private static readonly WordIndex Compound = HanText.Longest("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "夏侯", "慕容", "尉迟", "长孙", "宇文", "司徒", "公孙");

    private static readonly CharSet SingleSet = new(Single);

    /// <summary>The letters a name starts with: surnames, Tibetan names that have none, and Japanese surnames.</summary>
    public static CharSet FirstLetters { get; } = CharSet.Union(SingleSet, Compound.Firsts, TibetanNames.FirstLetters, JapaneseNames.FirstLetters);

    public static bool IsSurname(char c) => SingleSet.Contains(c);

    /// <summary>Length of the surname at <paramref name="index"/>: 2 for a compound one, 1 for a single one, 0 for none.</summary>
    public static int SurnameLengthAt(string text, int index)
    {
        if (index >= text.Length)
        {
            return 0;
        }
        if (!SingleSet.Contains(text[index]) && !Compound.Firsts.Contains(text[index]))
        {
            return 0;
        }
        if (HanText.WordAt(text, index, Compound) is not null)
        {
            return 2;
        }
        return IsSurname(text[index]) && !IsVerbGai(text, index) && !EndsMaster(text, index) ? 1 : 0;
    }

    /// <summary>
    /// 傅 after 师 ends 师傅 'master' (老师傅|带领, 师傅|刘某): it starts no name there, unless the 师 closes a post
    /// (高级工程师|傅某某, 律师|傅某某, 教师|傅某某).
    /// </summary>
    private static bool EndsMaster(string text, int index) =>
        text[index] == '傅' && index > 0 && text[index - 1] == '师' && !PostsEndingShi.Any(post => text.AsSpan(0, index).EndsWith(post, StringComparison.Ordinal));

    /// <summary>Posts and professions ending in 师 that a name may follow.</summary>
    private static readonly string[] PostsEndingShi =
        ["教师", "律师", "工程师", "医师", "讲师", "药师", "会计师", "设计师", "规划师", "建筑师", "分析师", "咨询师", "营养师", "摄影师", "导师"];

    /// <summary>盖 is also the verb 'build, stamp, cover': before what it builds or a particle (盖章, 盖房, 盖起, 盖了) it starts no name.</summary>
    private static readonly CharSet GaiObjects = new("章房楼屋起了好上住过着印被棚成完");

    private static bool IsVerbGai(string text, int index) =>
        text[index] == '盖' && index + 1 < text.Length && GaiObjects.Contains(text[index + 1]);
}
