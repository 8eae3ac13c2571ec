namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 康熙四十二年, 民国二十六年, 贞观四年: a year counted from an emperor's accession or the Republic's founding is a date, as
/// 2019年 is; the era's name stands right before it. 乾隆在位六十年 (a verb between) still measures a reign.
/// </summary>
internal static class ReignYears
{
    /// <summary>
    /// The Republic and the best-known reign titles of the Tang, Song, Ming and Qing, which history pages cite; titles that
    /// are also a city's or a firm's name today (绍兴, 开元, 天宝) are left out, since 绍兴三年来 measures years.
    /// </summary>
    private static readonly string[] Eras =
    [
        "民国", "宣统", "光绪", "同治", "咸丰", "道光", "嘉庆", "乾隆", "雍正", "康熙", "顺治",
        "崇祯", "天启", "万历", "隆庆", "嘉靖", "正德", "弘治", "成化", "宣德", "永乐", "洪武",
        "至正", "至元", "元祐", "元丰", "熙宁", "庆历", "贞观", "武德", "永徽",
    ];

    public static bool IsReignYear(string body, FigureCandidate figure) =>
        figure.Unit == "年" && figure.Start == figure.NumberStart
        && body.EndsWithAnyAt(figure.Start, Eras);
}
