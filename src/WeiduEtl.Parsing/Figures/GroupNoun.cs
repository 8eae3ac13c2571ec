namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// What a head count is of when a noun or a predicate follows it: a group it makes up (7人小分队, 11户农牧民家庭, 70余户
/// 人家) or the role or origin its members share (3人当选首席技能大师, 18人来自一线). A count followed by another verb
/// (566人参加) names nothing here.
/// </summary>
internal static class GroupNoun
{
    /// <summary>Nouns of a group of people or households.</summary>
    private static readonly string[] Groups = ["家庭", "人家", "分队", "团队", "小组", "代表团", "工作组", "考察团", "工作队", "突击队", "服务队", "志愿队"];

    /// <summary>Verbs whose object names what the people counted before them became or where they come from.</summary>
    private static readonly string[] Roles = ["当选为", "当选", "入选", "获评", "被评为", "荣获", "来自"];

    private const int NounMaxLength = 8;
    private const int RoleMaxLength = 12;

    public static string? Find(string body, int end, Func<int, int, string?> followingNoun)
    {
        if (followingNoun(end, NounMaxLength) is { } noun && noun.EndsWithAny(Groups))
        {
            return noun;
        }
        // 300名来自各地的代表: a role phrase ending in 的 describes the noun after it, which the measure word counts.
        return body.WordAt(end, Roles) is { } role
            && followingNoun(end + role.Length, RoleMaxLength) is { } what
            && !body.AsSpan(end + role.Length + what.Length).StartsWith("的", StringComparison.Ordinal)
            ? role + what
            : null;
    }
}
