using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using WeiduEtl.Core.Options;

namespace WeiduEtl.Core.Profiles;

/// <summary>
/// Reads a press profile file: its shape (unknown fields, wrong types) and its values (roles, patterns, thresholds)
/// are checked together, and every problem is reported at once, each naming the file and the field.
/// </summary>
public static class PressProfileReader
{
    /// <summary>The lists a profile may name in <see cref="PressProfile.Replace"/>.</summary>
    public static readonly IReadOnlyList<string> Lists =
        ["briefColumns", "pictureColumns", "columnLabels", "genreLabels", "boxLabels", "agencies", "houseNames", "roleWords", "sourceTags", "furniture"];

    public static PressProfile Load(string path)
    {
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new ConfigurationException($"{fullPath}: press profile not found; check the pipeline's \"profile\" path (relative to the config file)");
        }
        return Parse(File.ReadAllText(fullPath), fullPath);
    }

    /// <summary>Throws <see cref="ConfigurationException"/> listing every problem, each prefixed with <paramref name="source"/>.</summary>
    public static PressProfile Parse(string json, string source)
    {
        var profile = CheckedJson.Read<PressProfile>(json, source, "an object of press vocabulary");
        var problems = Problems(profile);
        if (problems.Count > 0)
        {
            throw new ConfigurationException([.. problems.Select(p => $"{source}: {p}")]);
        }
        profile.Fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..8];
        return profile;
    }

    public static IReadOnlyList<string> Problems(PressProfile profile)
    {
        var problems = new List<string>();
        foreach (var name in profile.Replace.Where(n => !Lists.Contains(n, StringComparer.OrdinalIgnoreCase)))
        {
            problems.Add($"field 'replace': '{name}' is not a list of the profile (lists: {string.Join(", ", Lists)})");
        }
        for (var i = 0; i < profile.RoleWords.Count; i++)
        {
            var word = profile.RoleWords[i];
            if (string.IsNullOrWhiteSpace(word.Word))
            {
                problems.Add($"field 'roleWords[{i}].word': empty, expected the role word as printed (本报记者)");
            }
            if (PressRoleWord.RoleOf(word.Role) is null)
            {
                problems.Add($"field 'roleWords[{i}].role': '{word.Role}' is not a role; expected reporter, correspondent or photographer");
            }
        }
        for (var i = 0; i < profile.Furniture.Count; i++)
        {
            try
            {
                _ = new Regex(profile.Furniture[i], RegexOptions.None, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException ex)
            {
                problems.Add($"field 'furniture[{i}]': not a regular expression ({ex.Message})");
            }
        }
        CheckWords(profile, problems);
        CheckLayout(profile.Layout, problems);
        return problems;
    }

    private static void CheckWords(PressProfile profile, List<string> problems)
    {
        (string Field, List<string> Words)[] lists =
        [
            ("briefColumns", profile.BriefColumns), ("pictureColumns", profile.PictureColumns), ("columnLabels", profile.ColumnLabels),
            ("genreLabels", profile.GenreLabels), ("boxLabels", profile.BoxLabels), ("agencies", profile.Agencies),
            ("houseNames", profile.HouseNames), ("sourceTags", profile.SourceTags),
        ];
        foreach (var (field, words) in lists)
        {
            for (var i = 0; i < words.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(words[i]) || words[i].Length > 20)
                {
                    problems.Add($"field '{field}[{i}]': '{words[i]}' should be a word as printed, 1 to 20 characters");
                }
            }
        }
    }

    private static void CheckLayout(PressLayoutTuning? layout, List<string> problems)
    {
        if (layout is null)
        {
            return;
        }
        if (layout.DisplaySizeRatio is { } display && display is < 1.0 or > 3.0)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"field 'layout.displaySizeRatio': {display} is outside 1.0–3.0 (times the body text size)"));
        }
        if (layout.HeadlineSizeRatio is { } headline && headline is < 1.0 or > 5.0)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"field 'layout.headlineSizeRatio': {headline} is outside 1.0–5.0 (times the body text size)"));
        }
        if (layout.SmallPrintRatio is { } small && small is < 0.5 or > 1.0)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"field 'layout.smallPrintRatio': {small} is outside 0.5–1.0 (times the body text size)"));
        }
        if (layout.MaxHeadlineLength is { } length && length is < 8 or > 200)
        {
            problems.Add($"field 'layout.maxHeadlineLength': {length} is outside 8–200 characters");
        }
    }
}
