namespace WeiduEtl.Storage;

/// <summary>A record property's column name: CharStart → char_start, the rule Dapper reads back with (MatchNamesWithUnderscores).</summary>
internal static class SnakeCase
{
    public static string Of(string pascal) =>
        string.Concat(pascal.Select((ch, i) => i > 0 && char.IsUpper(ch) ? "_" + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));
}
