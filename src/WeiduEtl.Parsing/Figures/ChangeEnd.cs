using System.Text.RegularExpressions;

namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// The end of a change, set off by a comma from its start or led by 为: 备案时间由原先的一个工作日，缩短到现在的一至两分钟;
/// 时间由一个月缩短为三天; 合作社从成立时的5户发展到如今的126户. The figure after the verb of change measures what the start
/// measured, as in 由4.5米提高至5.0米.
/// </summary>
internal static partial class ChangeEnd
{
    public static bool Follows(string between) => Pattern().IsMatch(between);

    [GeneratedRegex(@"^[，,]?(?:缩短|延长|减少|增加|增长|提高|提升|降低|下降|上升|压缩|扩大|发展|壮大|降|升|增)(?:了)?(?:到|至|为)(?:现在|目前|如今|今天|今年)?(?:的)?$")]
    private static partial Regex Pattern();
}
