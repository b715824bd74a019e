using KnowledgeGraph.GraphQL.Pipeline;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>Rejects GraphQL limits from configuration that make no sense, naming the key and the value.</summary>
internal sealed class GraphQLRequestOptionsValidator : IValidateOptions<GraphQLRequestOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphQLRequestOptions options)
    {
        var failures = new List<string>();
        CheckPositive(options.MaxDepth, nameof(options.MaxDepth), failures);
        CheckPositive(options.MaxFields, nameof(options.MaxFields), failures);
        CheckPositive(options.MaxAliases, nameof(options.MaxAliases), failures);
        CheckPositive(options.MaxCost, nameof(options.MaxCost), failures);
        if (options.ExecutionTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{GraphQLHosting.ConfigurationSection}:{nameof(options.ExecutionTimeout)} is '{options.ExecutionTimeout}': it must be a positive time span such as 00:00:10.");
        }

        if (options.DocumentCacheSize < 0)
        {
            failures.Add($"{GraphQLHosting.ConfigurationSection}:{nameof(options.DocumentCacheSize)} is {options.DocumentCacheSize}: it must be 0 (no cache) or more.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckPositive(int? limit, string key, List<string> failures)
    {
        if (limit <= 0)
        {
            failures.Add($"{GraphQLHosting.ConfigurationSection}:{key} is {limit}: it must be at least 1, or left out for no limit.");
        }
    }
}
