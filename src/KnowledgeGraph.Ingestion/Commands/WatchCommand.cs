using System.CommandLine;
using KnowledgeGraph.Ingestion.Cli;
using KnowledgeGraph.Ingestion.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Ingestion.Commands;

/// <summary>
/// <c>kg watch [folder] [--db path] [--articles dir]</c>: runs the ingestion worker until Ctrl-C or SIGTERM,
/// ingesting the folder on start and again after every change below it; what the ingestion
/// service of a deployment runs. Progress and errors go to the log (the console).
/// </summary>
internal sealed class WatchCommand : IKgCommand
{
    public Command Create(CliContext context)
    {
        var folder = CommonArguments.SeedFolder();
        var database = CommonArguments.Database();
        var articles = CommonArguments.Articles();
        var command = new Command("watch", "Keep the graph store in step with the fact files: ingest now, then after every change, until stopped")
        {
            folder, database, articles,
        };
        command.SetAction((parseResult, cancellationToken) => WatchAsync(
            context, parseResult.GetRequiredValue(folder), parseResult.GetRequiredValue(database), parseResult.GetValue(articles), cancellationToken));
        return command;
    }

    /// <summary>The worker's host: the store the environment selects, and the worker watching <paramref name="folder"/>.</summary>
    /// <exception cref="GraphStoreConfigurationException">The environment names no usable store.</exception>
    internal static IHost BuildHost(CliContext context, string folder, string database, IIngestionRunListener? listener = null, string? articles = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        context.RegisterStore(builder.Services, database);
        builder.Services.AddKnowledgeGraphIngestion(options =>
        {
            options.SeedFolder = folder;
            options.ArticlesFolder = articles;
        });
        if (listener is not null)
        {
            builder.Services.AddSingleton(listener);
        }

        return builder.Build();
    }

    private static async Task<int> WatchAsync(CliContext context, string folder, string database, string? articles, CancellationToken cancellationToken)
    {
        IHost host;
        try
        {
            host = BuildHost(context, folder, database, articles: articles);
        }
        catch (GraphStoreConfigurationException e)
        {
            await context.Error.WriteLineAsync($"kg watch: {e.Message}");
            return ExitCodes.Failure;
        }

        using (host)
        {
            try
            {
                await host.RunAsync(cancellationToken);
            }
            catch (OptionsValidationException e)
            {
                await context.Error.WriteLineAsync($"kg watch: {e.Message}");
                return ExitCodes.Failure;
            }
        }

        return ExitCodes.Success;
    }
}
