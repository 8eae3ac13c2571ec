namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// The seed page (seeds/000_7dfebf5249f9bebd.txt), one trimmed non-empty line each. A copy travels beside the
/// tests (SeedPage/) because test binaries may be built far from the repository (--artifacts-path).
/// </summary>
public static class SeedPage
{
    public const string FileName = "000_7dfebf5249f9bebd.txt";

    public static IReadOnlyList<string> Lines()
    {
        var copy = Path.Combine(AppContext.BaseDirectory, "Parsing", "Figures", "SeedPage", FileName);
        if (File.Exists(copy))
        {
            return Read(copy);
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "seeds", FileName);
            if (File.Exists(path))
            {
                return Read(path);
            }
        }
        throw new FileNotFoundException($"{FileName} was found neither beside the tests nor in a seeds/ folder above {AppContext.BaseDirectory}");
    }

    private static string[] Read(string path) => [.. File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0)];
}
