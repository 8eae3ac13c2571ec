using System.Text.RegularExpressions;

namespace WeiduEtl.Parsing.Figures;

internal static partial class FigurePatterns
{
    /// <summary>
    /// Where a number starts: 百分之X, Arabic digits (half or full width, 12,345, 3.5), a Chinese numeral
    /// (with 几/数 for "some": 几十, 十几, 数百; 点 as the decimal point: 三点五万; not the 零 of 零下, which is a sign), or 半 (半年).
    /// </summary>
    [GeneratedRegex(@"百分之(?<pct>[0-9０-９]+(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?)|(?<ar>[0-9０-９]+(?:,[0-9]{3})*(?:[.．][0-9０-９]+)?)|(?<cn>(?!零下)(?:[数几](?=[十百千万亿]))?[零〇一二两三四五六七八九十百千万亿几]+(?:点[零〇一二三四五六七八九]+[万亿]?)?)|(?<half>半)")]
    public static partial Regex Number();

    /// <summary>A range's joint between two numbers: 3至5天, 5—8万元, 3~5人.</summary>
    [GeneratedRegex(@"\G(?:至|到|[~～]|[-－—–]{1,2})")]
    public static partial Regex RangeJoint();

    /// <summary>A list's joint between two numbers: 9.9和5.6个百分点, 3、5吨, and the sides of an area (61米×30米).</summary>
    [GeneratedRegex(@"\G(?:和|与|及|、|×)")]
    public static partial Regex ListJoint();

    /// <summary>Telephone numbers: landlines with an area code, mobiles, hotlines after 电话/热线.</summary>
    [GeneratedRegex(@"(?<![0-9０-９])(?:0[0-9]{2,3}[-－—]?[0-9]{7,8}|1[3-9][0-9]{9})(?![0-9０-９])|(?:电话|热线|手机|号码|电话号码)[：:为是]?[0-9０-９\-－]{3,}")]
    public static partial Regex Phone();
}
