namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// The measure words and units a number may be followed by. A number followed by none of them is not a
/// figure (五统一, 两癌, 五星), which is how most set phrases drop out without a list of phrases.
/// Deliberately absent: 月 日 号 时 点 分 (dates and clock times), 届 期 级 路 门 单 (ordinals and names),
/// 遍 趟 回 下 (verbal measures: 说十遍, 跑一趟), 对 (一对一), 方 (双方, 三方). 成 is tenths (八成 = 80%),
/// kept as printed rather than turned into a percentage.
/// </summary>
internal static class UnitTable
{
    private static readonly (string Unit, UnitKind Kind)[] Units = Sorted(
        Many(UnitKind.Classifier, "个 家 栋 幢 名 位 件 条 项 台 辆 所 座 颗 场 批 处 间 套 张 本 册 篇 部 部门 支 只 头 株 棵 根 盏 把 双 箱 袋 瓶 桶 盒 包 枚 粒 块 片 组 类 种 起 例 宗 笔 层 份 架 艘 款"),
        Many(UnitKind.Count, "人 户 次 人次 车次 架次 批次 户次 台次 场次 班次"),
        Many(UnitKind.Measure, "亩 公顷 平方米 平米 平方公里 平方千米 立方米 吨 公斤 千克 克 斤 升 毫升 千瓦 千瓦时 兆瓦 度 ℃ 摄氏度 ㎡"),
        Many(UnitKind.Length, "米 厘米 毫米 公里 千米"),
        Many(UnitKind.Money, "元 美元 欧元 港元"),
        Many(UnitKind.Time, "年 个月 周 个星期 天 小时 个小时 分钟 秒 秒钟 个工作日 工作日"),
        Many(UnitKind.Age, "岁 周岁"),
        Many(UnitKind.Percent, "% ％ ‰"),
        Many(UnitKind.Point, "个百分点 百分点"),
        Many(UnitKind.Multiple, "倍 成"));

    /// <summary>Words that start like a unit but make the number a name, a date or an ordinal: 三年级, 80年代, 2023年度, 70周年.</summary>
    private static readonly string[] Blocked = ["年级", "年代", "年度", "周年", "次日", "名单", "部分"];

    /// <summary>The longest unit printed at <paramref name="position"/>, or null.</summary>
    public static (string Unit, UnitKind Kind)? Match(string text, int position)
    {
        var rest = text.AsSpan(position);
        foreach (var blocked in Blocked)
        {
            if (rest.StartsWith(blocked, StringComparison.Ordinal))
            {
                return null;
            }
        }
        foreach (var entry in Units)
        {
            if (rest.StartsWith(entry.Unit, StringComparison.Ordinal))
            {
                return entry;
            }
        }
        return null;
    }

    public static bool IsTime(string unit) => Units.Any(u => u.Kind == UnitKind.Time && u.Unit == unit);

    private static (string, UnitKind)[] Many(UnitKind kind, string units) =>
        [.. units.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(u => (u, kind))];

    private static (string Unit, UnitKind Kind)[] Sorted(params (string, UnitKind)[][] groups) =>
        [.. groups.SelectMany(g => g).OrderByDescending(e => e.Item1.Length)];
}
