namespace WeiduEtl.Core.Profiles;

/// <summary>
/// The grammar of a news outlet's name where it signs an item: a paper (某日报, 某晚报, 某报), a site (某网, 某在线), an
/// agency (某社), a station (某台), a media centre (某县融媒体中心, 某新闻中心), a press group (某传媒集团, 某报业集团) or an
/// app (某客户端), and names joined by a slash or a dot (某晚报/某客户端, 某某云·某日报). The layout rules, the entity
/// rules and the scorer all read outlets from here. Each place reads the endings its context makes safe, so each has
/// its named variant: a role word right after the name allows the widest set, running text the narrowest.
/// </summary>
public static class OutletNames
{
    /// <summary>
    /// Endings of an outlet's name right before a role word (晨报记者, 东南网记者, 市台通讯员, 县融媒体中心 记者, 晚报/客户端记者,
    /// 某某·农民报通讯员): the role word after it keeps the widest set safe. A regex alternation.
    /// </summary>
    public const string CreditEnding = "报|社|台|网|在线|中心|集团|传媒|新闻|客户端";

    /// <summary>Endings before a dated 电 (某某社北京3月1日电, 某网上海3月1日电): agencies, sites, stations and papers. A regex alternation.</summary>
    public const string WireEnding = "社|网|台|报";

    /// <summary>
    /// Endings before an outlet's own 讯 (晨报讯, 东南网3月2日讯, 某某在线杭州5月6日讯): papers, sites and stations, as an agency
    /// files 电. A regex alternation.
    /// </summary>
    public const string NewsflashEnding = "报|网|台|在线";

    /// <summary>
    /// Endings of an outlet's name on a line of its own before a closing credit's bracket (某晚报（记者 甲 通讯员 乙）). A paper's
    /// full ending (日报, 晚报, 早报, 时报) comes before 报, so that with a name's letters capped its name may run a letter
    /// longer. A regex alternation.
    /// </summary>
    public const string ClosingCreditEnding = "日报|晚报|早报|时报|报|网|社|台|融媒体中心|新闻";

    /// <summary>Endings of an agency or a site that releases a photo (某某社发, 某某网发). A regex alternation.</summary>
    public const string PhotoReleaseEnding = "社|网";

    /// <summary>
    /// Endings specific enough to read an outlet in running text, where a credit word may follow a body's name too
    /// (某日报讯, 向某早报记者介绍, 某网某某站6月30日讯): never a bare 报 (通报), 社 (合作社), 台 (平台) or 网 (电网).
    /// </summary>
    public static IReadOnlyList<string> RunningTextEndings { get; } =
        ["日报", "晚报", "早报", "晨报", "都市报", "融媒体中心", "新闻中心", "传媒集团", "报业集团", LocalStation];

    /// <summary>A web site's local station (某网某地站): it signs only a dateline's 讯.</summary>
    public const string LocalStation = "站";

    /// <summary>Letters that join two outlets' names before one credit (某晚报/某客户端记者, 某某·某报通讯员). For a regex class.</summary>
    public const string Joiners = "/·";

    /// <summary>Whether <paramref name="name"/> ends as an outlet's name right before a role word does (<see cref="CreditEnding"/>).</summary>
    public static bool EndsAsCreditOutlet(ReadOnlySpan<char> name)
    {
        // A loop, not a lambda: a lambda over the name made a closure on every call, at every letter of a line.
        foreach (var ending in CreditEndings)
        {
            if (name.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] CreditEndings = CreditEnding.Split('|');
}
