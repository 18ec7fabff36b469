"""What finishing the Clinical review does (``WAGTAIL_FINISH_WORKFLOW_ACTION``).

Wagtail lets anyone holding the publish permission publish around a workflow, so clinical reviewers hold none:
a module reaches trainees only through the review (an editor submits, a reviewer approves), or by a site
administrator. Approving the last task is the permission to publish: the page goes live as Wagtail's own
action would publish it, without asking the approver for a publish permission they are meant not to have.
"""


def publish_approved(workflow_state, user=None):
    workflow_state.content_object.get_latest_revision().publish(user=user, skip_permission_checks=True)
