namespace WeiduEtl.Parsing.Layout.Rules;

/// <summary>Items of a round-up column often open with a bullet (■ 市区新增…); the bullet starts a new brief.</summary>
internal static class BulletRule
{
    private const string Bullets = "■□●○◆◇▲△▼★☆◎▶►";

    /// <summary>The text without its bullet, or null when it has none.</summary>
    public static string? StripBullet(string text)
    {
        var printed = Punctuation.TrimSpaces(text);
        return printed.Length > 1 && Bullets.Contains(printed[0], StringComparison.Ordinal) ? Punctuation.TrimSpaces(printed[1..]) : null;
    }
}
