namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// Countries and unions of countries by their usual Chinese short names (希腊, 斯里兰卡, 欧盟). A national daily prints
/// them before the titles of foreign officials (伊朗外长扎里夫): there the country is the organisation the title
/// belongs to, and never the start of a person's name (伊朗 read as surname 伊 + 朗).
/// </summary>
internal static class Countries
{
    private static readonly WordIndex Names = HanText.Longest(
        "中国", "美国", "英国", "法国", "德国", "俄罗斯", "日本", "韩国", "朝鲜", "印度", "巴基斯坦", "孟加拉国", "尼泊尔", "斯里兰卡",
        "缅甸", "泰国", "老挝", "柬埔寨", "越南", "马来西亚", "新加坡", "印度尼西亚", "印尼", "菲律宾", "文莱", "东帝汶", "蒙古",
        "哈萨克斯坦", "吉尔吉斯斯坦", "塔吉克斯坦", "乌兹别克斯坦", "土库曼斯坦", "阿富汗", "伊朗", "伊拉克", "叙利亚", "黎巴嫩",
        "约旦", "以色列", "巴勒斯坦", "沙特阿拉伯", "沙特", "也门", "阿曼", "阿联酋", "卡塔尔", "巴林", "科威特", "土耳其", "塞浦路斯",
        "格鲁吉亚", "亚美尼亚", "阿塞拜疆", "埃及", "利比亚", "突尼斯", "阿尔及利亚", "摩洛哥", "苏丹", "南苏丹", "埃塞俄比亚",
        "厄立特里亚", "吉布提", "索马里", "肯尼亚", "坦桑尼亚", "乌干达", "卢旺达", "布隆迪", "刚果（金）", "刚果（布）", "刚果",
        "安哥拉", "赞比亚", "津巴布韦", "莫桑比克", "马拉维", "纳米比亚", "博茨瓦纳", "南非", "莱索托", "马达加斯加", "毛里求斯",
        "尼日利亚", "尼日尔", "加纳", "科特迪瓦", "塞内加尔", "马里", "几内亚", "塞拉利昂", "利比里亚", "喀麦隆", "加蓬", "乍得",
        "中非", "多哥", "贝宁", "布基纳法索", "毛里塔尼亚", "冈比亚", "佛得角", "赤道几内亚", "塞舌尔", "科摩罗",
        "意大利", "西班牙", "葡萄牙", "希腊", "荷兰", "比利时", "卢森堡", "瑞士", "奥地利", "瑞典", "挪威", "芬兰", "丹麦", "冰岛",
        "爱尔兰", "波兰", "捷克", "斯洛伐克", "匈牙利", "罗马尼亚", "保加利亚", "塞尔维亚", "克罗地亚", "斯洛文尼亚", "黑山",
        "北马其顿", "阿尔巴尼亚", "波黑", "乌克兰", "白俄罗斯", "摩尔多瓦", "立陶宛", "拉脱维亚", "爱沙尼亚", "马耳他", "梵蒂冈",
        "加拿大", "墨西哥", "古巴", "牙买加", "海地", "多米尼加", "巴拿马", "哥斯达黎加", "尼加拉瓜", "洪都拉斯", "萨尔瓦多",
        "危地马拉", "哥伦比亚", "委内瑞拉", "厄瓜多尔", "秘鲁", "玻利维亚", "巴西", "巴拉圭", "乌拉圭", "阿根廷", "智利", "圭亚那",
        "苏里南", "澳大利亚", "新西兰", "巴布亚新几内亚", "斐济", "萨摩亚", "汤加", "瓦努阿图", "基里巴斯", "所罗门群岛",
        "密克罗尼西亚", "欧盟", "东盟", "非盟", "阿盟");

    /// <summary>The letters a country's name starts with.</summary>
    public static CharSet FirstLetters => Names.Firsts;

    /// <summary>The country named at <paramref name="index"/> (the longest), or null.</summary>
    public static string? At(string text, int index) => HanText.WordAt(text, index, Names);

    /// <summary>The country named right before <paramref name="end"/> (the longest), or null.</summary>
    public static string? EndingAt(string text, int end) => HanText.WordEndingAt(text, end, Names);
}
