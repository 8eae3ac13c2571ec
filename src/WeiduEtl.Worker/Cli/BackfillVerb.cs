using System.CommandLine;
using WeiduEtl.Core.Pipeline;
using WeiduEtl.Worker.Cluster;

namespace WeiduEtl.Worker.Cli;

/// <summary><c>backfill</c>: process again issues the database already holds, from their stored sources.</summary>
public static class BackfillVerb
{
    private static readonly Option<bool> All = new("--all") { Description = "Every stored issue" };
    private static readonly Option<DateOnly?> Since = new("--since") { Description = "Issues dated on or after this day (yyyy-MM-dd)", HelpName = "DATE" };
    private static readonly Option<DateOnly?> Until = new("--until") { Description = "Issues dated on or before this day (yyyy-MM-dd)", HelpName = "DATE" };
    private static readonly Option<bool> Reparse = new("--reparse") { Description = "Parse again with the current parser even when the stored rows come from it" };
    private static readonly Option<bool> DryRun = new("--dry-run") { Description = "List what would be done and change nothing" };
    private static readonly Option<bool> Failed = new("--failed") { Description = "Only the stored issues whose last outcome in the run ledger is failed" };

    public static Command Create()
    {
        var command = new Command("backfill", "Process again a chosen set of stored issues (by default those an older parser version made)")
        {
            All, Since, Until, Reparse, DryRun, Failed, ExclusivePass.Wait,
        };
        command.Validators.Add(result =>
        {
            if (!result.GetValue(All) && !result.GetValue(Failed) && result.GetValue(Since) is null && result.GetValue(Until) is null)
            {
                result.AddError("choose the issues: --all, --failed, or --since DATE and/or --until DATE");
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var context = VerbContext.Create(parse);
            if (context is null)
            {
                return ExitCodes.BadConfiguration;
            }
            var selection = new BackfillSelection(parse.GetValue(All), parse.GetValue(Since), parse.GetValue(Until), parse.GetValue(Reparse), parse.GetValue(DryRun), parse.GetValue(Failed));
            var runner = context.Get<BackfillRunner>();
            var results = new List<PassResult>();
            await using var cluster = context.Config.Cluster is { } clustered && !selection.DryRun
                ? await ClusterRun.OpenAsync(context, clustered, cancellationToken)
                : null;
            foreach (var options in context.Pipelines)
            {
                if (selection.DryRun)
                {
                    await PrintPlanAsync(runner, options, selection, cancellationToken);
                    continue;
                }
                if (cluster is not null)
                {
                    var (pass, followed) = await cluster.BackfillAsync(options, selection, parse.GetValue(ExclusivePass.Wait), context.Logger("WeiduEtl.Backfill"), cancellationToken);
                    if (!ClusterRun.Report(options, pass, followed, results))
                    {
                        return ExitCodes.Busy;
                    }
                    continue;
                }
                var result = await ExclusivePass.RunAsync(options, () => ProgressDisplay.RunAsync($"backfill {options.Name}", context.Logger("WeiduEtl.Backfill"),
                    progress => runner.RunAsync(options, selection, progress, cancellationToken)), parse.GetValue(ExclusivePass.Wait), cancellationToken);
                if (result is null)
                {
                    return ExitCodes.Busy;
                }
                results.Add(result);
            }
            return PassReport.Print(results);
        });
        return command;
    }

    private static async Task PrintPlanAsync(BackfillRunner runner, Core.Options.PipelineOptions options, BackfillSelection selection, CancellationToken cancellationToken)
    {
        var plan = await runner.PlanAsync(options, selection, cancellationToken);
        Console.WriteLine($"{options.Name}: {plan.Count} issues selected, {plan.Count(p => p.Reparse)} would be parsed again (dry run: nothing changed)");
        foreach (var (source, reparse) in plan)
        {
            Console.WriteLine($"  {(reparse ? "reparse" : "keep   ")} {source.IssueId} {source.IssueDate ?? "(undated)"} {source.SourceUri} [{source.ParserVersion}]");
        }
    }
}
