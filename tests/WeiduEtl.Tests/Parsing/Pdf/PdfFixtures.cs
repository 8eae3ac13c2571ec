using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using WeiduEtl.Core.Documents;
using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Pdf;

namespace WeiduEtl.Tests.Parsing.Pdf;

/// <summary>The committed PDFs (made by tests/fixtures/pdf-generator) and their golden JSON.</summary>
internal static class PdfFixtures
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(), new PageImageSummary() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { SkipDerived } },
    };

    public static string PagesFolder => Path.Combine(AppContext.BaseDirectory, "Parsing", "Pdf", "Pages");

    public static SourceDocument Document(string relativePath) =>
        new(relativePath, File.ReadAllBytes(Path.Combine(PagesFolder, relativePath)), MediaTypes.Pdf);

    public static ParsedIssue Parse(string relativePath) => new PdfIssueParser().Parse(Document(relativePath));

    public static string ToJson(ParsedIssue issue) => JsonSerializer.Serialize(issue, Json).ReplaceLineEndings("\n") + "\n";

    /// <summary>The golden beside the PDF in the build output; with WEIDU_UPDATE_GOLDEN=1 it is rewritten in the source tree.</summary>
    public static void AssertGolden(string pdfName, string actual, [CallerFilePath] string callerFile = "")
    {
        var goldenName = Path.ChangeExtension(pdfName, null) + ".expected.json";
        if (Environment.GetEnvironmentVariable("WEIDU_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(Path.GetDirectoryName(callerFile)!, "Pages", goldenName), actual);
            return;
        }
        var path = Path.Combine(PagesFolder, goldenName);
        Assert.True(File.Exists(path), $"no golden {goldenName}; run with WEIDU_UPDATE_GOLDEN=1 and read it before committing");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }

    // Body repeats Paragraphs; the golden shows the paragraphs once.
    private static void SkipDerived(JsonTypeInfo info)
    {
        if (info.Type == typeof(ParsedArticle))
        {
            foreach (var property in info.Properties.Where(p => p.Name == nameof(ParsedArticle.Body)).ToList())
            {
                info.Properties.Remove(property);
            }
        }
    }

    /// <summary>Pictures in goldens: format, pixel size and a hash instead of the bytes.</summary>
    private sealed class PageImageSummary : JsonConverter<PageImage>
    {
        public override PageImage Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, PageImage value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteString("Extension", value.Extension);
            writer.WriteNumber("WidthPx", value.WidthPx);
            writer.WriteNumber("HeightPx", value.HeightPx);
            writer.WriteNumber("Bytes", value.Bytes.Length);
            writer.WriteString("Sha256", Convert.ToHexStringLower(SHA256.HashData(value.Bytes)));
            writer.WriteEndObject();
        }
    }
}
