using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Core.Profiles;

/// <summary>A role word of a byline and the contributor role it gives the names after it (融媒体记者 → reporter).</summary>
public sealed class PressRoleWord
{
    public string Word { get; set; } = "";

    /// <summary>reporter, correspondent or photographer.</summary>
    public string Role { get; set; } = "";

    public static ContributorRole? RoleOf(string role) => role.Trim().ToLowerInvariant() switch
    {
        "reporter" => ContributorRole.Reporter,
        "correspondent" => ContributorRole.Correspondent,
        "photographer" => ContributorRole.Photographer,
        _ => null,
    };
}
