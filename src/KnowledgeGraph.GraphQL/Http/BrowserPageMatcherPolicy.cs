using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Matching;

namespace KnowledgeGraph.GraphQL.Http;

/// <summary>
/// Lets the GraphQL endpoint share its address with a browser page: a GET that is a browser
/// page request (see <see cref="GraphQLHttp.IsBrowserPageRequest"/>) goes to another endpoint
/// that matches it, when there is one. Every other request stays with the GraphQL endpoint,
/// which outranks the page (its route order is lower).
/// </summary>
internal sealed class BrowserPageMatcherPolicy : MatcherPolicy, IEndpointSelectorPolicy
{
    public override int Order => 0;

    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints) =>
        endpoints.Any(endpoint => endpoint.Metadata.GetMetadata<GraphQLEndpointMetadata>() is not null);

    public Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
    {
        if (!GraphQLHttp.IsBrowserPageRequest(httpContext.Request) || !HasOtherValidCandidate(candidates))
        {
            return Task.CompletedTask;
        }

        for (var i = 0; i < candidates.Count; i++)
        {
            if (IsGraphQLEndpoint(candidates[i].Endpoint))
            {
                candidates.SetValidity(i, false);
            }
        }

        return Task.CompletedTask;
    }

    private static bool HasOtherValidCandidate(CandidateSet candidates)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates.IsValidCandidate(i) && !IsGraphQLEndpoint(candidates[i].Endpoint))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsGraphQLEndpoint(Endpoint endpoint) => endpoint.Metadata.GetMetadata<GraphQLEndpointMetadata>() is not null;
}
