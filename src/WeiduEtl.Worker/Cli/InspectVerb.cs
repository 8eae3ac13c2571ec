using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WeiduEtl.Core.Documents;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Pipeline;
using WeiduEtl.Core.Ports;
using WeiduEtl.Core.Profiles;
using WeiduEtl.Worker.Hosting;

namespace WeiduEtl.Worker.Cli;

/// <summary><c>inspect FILE</c>: how the parser understood one page, for an operator checking a new paper.</summary>
public static class InspectVerb
{
    private static readonly Argument<FileInfo> File = new("FILE") { Description = "A page as text (.txt) or PDF (.pdf)" };
    private static readonly Option<bool> Json = new("--json") { Description = "Print the rows the page would add, as the dataset's JSON" };
    private static readonly Option<FileInfo?> Profile = new("--profile") { Description = "A press profile (JSON) to read the page with, on top of the built-in lexicon" };

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var command = new Command("inspect", "Show how a page was understood: items, bylines, captions, and every line that could not be placed") { File, Json, Profile };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var file = parse.GetValue(File)!;
            if (!file.Exists)
            {
                Console.Error.WriteLine($"{file.FullName}: no such file");
                return ExitCodes.BadConfiguration;
            }
            PressProfile? profile = null;
            if (parse.GetValue(Profile) is { } profileFile)
            {
                try
                {
                    profile = PressProfileReader.Load(profileFile.FullName);
                }
                catch (ConfigurationException ex)
                {
                    foreach (var problem in ex.Problems)
                    {
                        Console.Error.WriteLine(problem);
                    }
                    return ExitCodes.BadConfiguration;
                }
            }
            await using var services = new ServiceCollection().AddLogging(l => l.AddWeiduConsoleLogging()).AddWeiduEtl().BuildServiceProvider();
            var processor = services.GetRequiredService<DocumentProcessor>();
            var document = new SourceDocument(file.Name, await System.IO.File.ReadAllBytesAsync(file.FullName, cancellationToken), MediaTypes.FromFileName(file.Name));
            try
            {
                if (parse.GetValue(Json))
                {
                    var pipeline = new PipelineOptions { Name = "inspect", Publication = "", PressProfile = profile };
                    var record = processor.Process(pipeline, document);
                    Console.WriteLine(JsonSerializer.Serialize(new
                    {
                        Issues = new[] { record.Issue },
                        record.Articles,
                        record.Contributors,
                        record.Photos,
                        record.Figures,
                        record.Dates,
                        record.Mentions,
                        record.Quotes,
                    }, JsonOptions));
                }
                else
                {
                    Console.WriteLine(InspectReport.Render(processor.Parse(document, profile), file.Name, services.GetRequiredService<IEntityExtractor>(), profile));
                }
                return ExitCodes.Success;
            }
            catch (DocumentRejectedException ex)
            {
                Console.Error.WriteLine($"{file.FullName}: {ex.Message}");
                return ExitCodes.DocumentsFailed;
            }
            catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
            {
                // A fault of ours, not of the file: one line saying so, not a stack trace.
                Console.Error.WriteLine($"{file.FullName}: WeiduEtl failed on this file ({ex.GetType().Name}: {ex.Message}); please report it with the file");
                return ExitCodes.DocumentsFailed;
            }
        });
        return command;
    }
}
