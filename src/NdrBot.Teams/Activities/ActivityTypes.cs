namespace NdrBot.Teams.Activities;

/// <summary>Activity <c>type</c> and invoke <c>name</c> values NdrBot handles; compared ordinally (A2011).</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string Invoke = "invoke";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Typing = "typing";
    public const string AdaptiveCardAction = "adaptiveCard/action";
    public const string ComposeExtensionQuery = "composeExtension/query";
}
