using KnowledgeGraph.GraphQL.Pipeline;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.GraphQL.Http;

/// <summary>A request read from HTTP, or why it could not be: the status code to answer and a message.</summary>
internal readonly record struct HttpRequestReading(GraphQLRequest? Request, int StatusCode, string? Problem)
{
    public static HttpRequestReading Read(GraphQLRequest request) => new(request, StatusCodes.Status200OK, null);

    public static HttpRequestReading Refuse(int statusCode, string problem) => new(null, statusCode, problem);

    public static HttpRequestReading BadRequest(string problem) => Refuse(StatusCodes.Status400BadRequest, problem);
}
