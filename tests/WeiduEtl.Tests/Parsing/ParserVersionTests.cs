using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using WeiduEtl.Parsing.Dates;
using WeiduEtl.Parsing.Entities;
using WeiduEtl.Parsing.Figures;
using WeiduEtl.Parsing.Pdf;
using WeiduEtl.Parsing.Text;
using WeiduEtl.Tests.Parsing.Pages;
using WeiduEtl.Tests.Quality;

namespace WeiduEtl.Tests.Parsing;

/// <summary>
/// <c>backfill</c> re-parses what an older parser version made, so the version must change whenever parsing output can.
/// The output's fingerprint (every golden page, and the corpus pages parsed as text and as layout-A PDFs with the figures, dates, mentions and quotes of their bodies) is recorded with the versions in
/// <c>parser-output.lock</c>; when the output changes and the versions do not, this fails.
/// </summary>
public sealed class ParserVersionTests
{
    private const string LockName = "parser-output.lock";
    private static readonly RuleBasedFigureExtractor Figures = new();
    private static readonly RuleBasedDateExtractor Dates = new();
    private static readonly RuleBasedEntityExtractor Entities = new();

    [Fact]
    public void Versions_ChangeWheneverParsingOutputChanges()
    {
        var versions = $"{new TextIssueParser().Version} {new PdfIssueParser().Version}";
        var fingerprint = Fingerprint();
        var lockPath = Path.Combine(SourceFolder(), LockName);
        var recorded = File.Exists(lockPath) ? File.ReadAllText(lockPath).Trim().Split(' ') : [];
        var recordedVersions = recorded.Length == 3 ? $"{recorded[0]} {recorded[1]}" : "";
        var recordedFingerprint = recorded.Length == 3 ? recorded[2] : "";

        if (Environment.GetEnvironmentVariable("WEIDU_UPDATE_GOLDEN") == "1" && recordedVersions != versions)
        {
            File.WriteAllText(lockPath, $"{versions} {fingerprint}\n");
            return;
        }
        Assert.False(recordedFingerprint != fingerprint && recordedVersions == versions,
            $"parsing output changed but the parser versions are still {versions}: raise TextIssueParser.Version and PdfIssueParser.Version, then run the tests once with WEIDU_UPDATE_GOLDEN=1 to record them in {LockName}");
        Assert.True(recordedVersions == versions && recordedFingerprint == fingerprint,
            $"{LockName} records {recordedVersions}, the parsers say {versions}: run the tests once with WEIDU_UPDATE_GOLDEN=1 to record them");
    }

    private static string Fingerprint()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var baseDirectory = AppContext.BaseDirectory;
        foreach (var golden in Directory.EnumerateFiles(Path.Combine(baseDirectory, "Parsing"), "*.expected.json", SearchOption.AllDirectories)
            .Where(f => !f.Contains("HeldOut", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            hash.AppendData(File.ReadAllBytes(golden));
        }
        AppendParsed(hash, "text");
        AppendParsed(hash, "pdf-a");
        AppendParsed(hash, "pdf-b");
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void AppendParsed(IncrementalHash hash, string rendering)
    {
        foreach (var page in CorpusPages.Files(rendering))
        {
            var parsed = CorpusPages.Parse(page);
            hash.AppendData(Encoding.UTF8.GetBytes(PageJson.Serialize(parsed with { Articles = [.. parsed.Articles.Select(a => a with { Photos = [.. a.Photos.Select(p => p with { Image = null })] })] })));
            // Figures, dates, mentions and quotes are found in the bodies at parse time too: a changed rule there changes stored rows.
            foreach (var body in parsed.Articles.Select(a => a.Body))
            {
                hash.AppendData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(Figures.Extract(body)) + JsonSerializer.Serialize(Dates.Extract(body, 2020))
                    + JsonSerializer.Serialize(Entities.Extract(body))));
            }
        }
    }

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
