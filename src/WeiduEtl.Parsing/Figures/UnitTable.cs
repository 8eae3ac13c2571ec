using System.Collections.Frozen;

namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// The measure words and units a number may be followed by. A number followed by none of them is not a
/// figure (五统一, 两癌, 五星), which is how most set phrases drop out without a list of phrases.
/// Deliberately absent: 月 号 时 点 (dates and clock times; 日 only where <see cref="MeasureGuards"/> lets it, before 内), 路 单 (ordinals and names;
/// 期, 棒, 镇 and 村 only where <see cref="MeasureGuards"/> lets them: 办班12期，, 1500万棒, 4镇29村;
/// 届, 旬, 番 and 毛 only where <see cref="MeasureGuards"/> lets them: 连续两届, 年近八旬, 翻一番, 2毛钱),
/// 遍 回 (verbal measures: 说十遍), 下 but where <see cref="MeasureGuards"/> lets it (挥臂300下。), 趟 and 列 but before a
/// vehicle (124趟车, 13列火车; 跑一趟 is verbal), 站 and 圈 but where they count stops and laps (途经28站, 走三圈), 集 but
/// where it counts episodes (共40集; 三集团 is a name), 载 but where it counts years (七十载风雨; 千载难逢, 载有), 字 but after digits or a magnitude (1.2万字; 十字路口), 对 (一对一), 方 (双方, 三方). 成 is tenths (八成 = 80%),
/// kept as printed rather than turned into a percentage. 门, 城, 分 and the medals 金, 银, 铜 count only where <see cref="MeasureGuards"/> says
/// they measure (3门课程, 150分, 7金3银), never in names and clock times (三门峡, 9时30分, 五金). 球 counts goals and 级 the
/// force of a wind or a quake only where <see cref="MeasureGuards"/> says (攻入15球, 北风3到4级, 6.5级地震); 级 is otherwise a
/// grade or a name (三级医院, 一级响应, 5A级, 万吨级). 口 counts the members of a family only before 人 or after 家 in digits (全家5口人,
/// 一家5口; the sayings 一家三口 and 五口之家, and 一口气, 三口井, are not). 眼 counts wells and 段 stretches only after Arabic digits
/// (新打机井12眼, 改造路段3段; 两眼, 一段时间), and 方 cubic metres of earth only after Arabic digits or their magnitude and before a
/// break or what is dug (运走渣土10万方, 3000方土; 三方, 3方面).
/// </summary>
internal static class UnitTable
{
    private static readonly (string Unit, UnitKind Kind)[] Units = Sorted(
        Many(UnitKind.Classifier, "个 家 栋 幢 名 位 件 条 项 台 辆 所 座 颗 场 批 轮 处 间 套 张 本 册 篇 部 部门 部委 支 只 头 株 棵 根 盏 把 双 箱 袋 瓶 桶 盒 包 枚 粒 块 片 组 类 种 起 例 宗 笔 层 份 架 艘 款 席 节 剂"),
        Many(UnitKind.Count, "人 户 票 次 人次 车次 架次 辆次 艘次 航次 批次 户次 台次 场次 班次 课时 学时 剂次 件次 家次 项次 条次 篇次 例次"),
        Many(UnitKind.Measure, "英亩 亩 公顷 平方米 平米 平方公里 平方千米 立方米 吨 公斤 千克 克 毫克 微克 斤 升 毫升 千瓦 千瓦时 兆瓦 兆瓦时 吉瓦 蒸吨 度 ℃ 摄氏度 ㎡ 分贝 标箱 载重吨 千卡 大卡 毫米汞柱 毫摩尔"),
        Many(UnitKind.Measure, "TEU kWh kW MW GW km kg GB TB"),
        Many(UnitKind.Length, "米 延米 延长米 横延米 厘米 毫米 公里 千米 海里 公分 分米 英尺 英寸 英里"),
        Many(UnitKind.Money, "元 美元 欧元 港元 澳元 日元 韩元 加元 新元 英镑 卢布 卢比 雷亚尔 比索 法郎 林吉特 泰铢 兰特 里拉"),
        // Currencies of international pages, as printed with the country's name where it is part of the currency's.
        Many(UnitKind.Money, "人民币 美金 港币 澳门元 澳门币 新台币 台币 新加坡元 加拿大元 澳大利亚元 新西兰元 瑞士法郎 越南盾 印尼盾 坚戈 迪拉姆 " +
            "里亚尔 第纳尔 埃镑 奈拉 先令 肯尼亚先令 坦桑尼亚先令 乌干达先令 比尔 兹罗提 福林 克朗 瑞典克朗 挪威克朗 丹麦克朗 捷克克朗 " +
            "格里夫纳 基普 瑞尔 缅元 塔卡 列伊 索姆 图格里克 马纳特 令吉 披索"),
        Many(UnitKind.Time, "年 个月 周 个星期 天 小时 个小时 分钟 秒 秒钟 个工作日 工作日 个季度 个学期 个春秋 个年头 日 载"),
        Many(UnitKind.Age, "岁 周岁 旬"),
        Many(UnitKind.Percent, "% ％ ‰"),
        Many(UnitKind.Point, "个百分点 百分点 个基点 基点"),
        Many(UnitKind.Multiple, "倍 成 番"),
        Many(UnitKind.Classifier, "门 城 趟 列 站 圈 集 字 届"),
        Many(UnitKind.Money, "毛"),
        Many(UnitKind.Count, "下"),
        Many(UnitKind.Count, "分"),
        Many(UnitKind.Count, "金 银 铜"),
        Many(UnitKind.Count, "球 口"),
        Many(UnitKind.Measure, "级"),
        // Farm and culture counts: poultry (3万羽), fish fry (5万尾), horses (200匹), songs (30首), pictures (200幅), lessons
        // (50堂), doses of a vaccine or a test (300万人份).
        Many(UnitKind.Classifier, "羽 尾 匹 首 幅 堂"),
        Many(UnitKind.Count, "人份"),
        Many(UnitKind.Classifier, "眼 段"),
        // Doors and windows (年产50万樘), bags of a growing medium (菌棒1500万棒), sessions of a course (读书班337期), towns and
        // villages in a tally (4镇29村).
        Many(UnitKind.Classifier, "樘 棒 期 镇 村"),
        // Lanes of a road (双向6车道, 四车道).
        Many(UnitKind.Classifier, "车道"),
        Many(UnitKind.Measure, "方"),
        // Divisions in a tally (5区1市, 沿线11省市, 12盟市): see CountedDivisions.
        Many(UnitKind.Classifier, CountedDivisions.Units),
        // Measure words that count only before the noun they count or in a tally after it: see CountedNouns.
        Many(UnitKind.Classifier, CountedNouns.Units));

    /// <summary>
    /// <see cref="Units"/> by their first letter, in its order (longest first): the reader asks after every number, and a
    /// letter starts a few units at most.
    /// </summary>
    private static readonly FrozenDictionary<char, (string Unit, UnitKind Kind)[]> UnitsByFirstLetter =
        Units.GroupBy(u => u.Unit[0]).ToFrozenDictionary(g => g.Key, g => g.ToArray());

    /// <summary>
/// Words that start like a unit but make the number a name, a date or an ordinal: 三年级, 80年代, 2023年度, 70周年, 三轮车; or
/// that follow a model number or a caption's (骁龙865处理器, 图1本报记者摄, 图2笔者摄); 票 counts votes (以621票赞成), not in 票房;
/// 羽, 首 and 尾 count birds, songs and fish, not in 羽毛, 首次 or 尾声; 所 before a verb is the particle after a table's or a
/// clause's number (如表2所示, 第3条所列), not schools.
/// </summary>
    private static readonly string[] Blocked = ["处理", "处置", "笔者", "本报", "票房", "票据", "票价", "年级", "年代", "年度", "周年", "次日", "名单", "部分", "轮车", "轮胎", "轮椅", "轮船", "轮驱",
        "羽毛", "羽绒", "首次", "首批", "首届", "首个", "首家", "首位", "首都", "首府", "尾声", "匹配", "堂会", "匹黑马", "所示", "所述", "所列"];

    /// <summary>Periods that only ever follow the slash of a rate (日 and 月 alone would read dates as figures).</summary>
    private const string PerOnly = "日月";

    /// <summary>The longest unit printed at <paramref name="position"/>, or null.</summary>
    public static (string Unit, UnitKind Kind)? Match(string text, int position)
    {
        var rest = text.AsSpan(position);
        foreach (var blocked in Blocked)
        {
            if (text.HoldsAt(position, blocked))
            {
                return null;
            }
        }
        if (rest.IsEmpty || !UnitsByFirstLetter.TryGetValue(rest[0], out var units))
        {
            return null;
        }
        foreach (var entry in units)
        {
            // A Latin unit is a whole word: 20GB is a unit, 5GBit is not.
            if (text.HoldsAt(position, entry.Unit)
                && !(char.IsAsciiLetter(entry.Unit[^1]) && rest.Length > entry.Unit.Length && char.IsAsciiLetter(rest[entry.Unit.Length])))
            {
                return MeasureGuards.Measures(text, position, entry.Unit) ? entry : null;
            }
        }
        return null;
    }

    /// <summary>What may stand after the slash of a rate: a unit, or a period or head counted per (人次/日, 元/月, 平方米/人).</summary>
    public static string? PerUnitAt(string text, int position)
    {
        if (Match(text, position) is { } unit)
        {
            return unit.Unit;
        }
        return position < text.Length && PerOnly.Contains(text[position], StringComparison.Ordinal) ? text[position].ToString() : null;
    }

    public static bool IsTime(string unit) => Units.Any(u => u.Kind == UnitKind.Time && u.Unit == unit);

    private static (string, UnitKind)[] Many(UnitKind kind, string units) =>
        [.. units.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(u => (u, kind))];

    private static (string Unit, UnitKind Kind)[] Sorted(params (string, UnitKind)[][] groups) =>
        [.. groups.SelectMany(g => g).OrderByDescending(e => e.Item1.Length)];
}
