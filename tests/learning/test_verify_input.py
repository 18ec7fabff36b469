"""The public certificate check answers any code it is given, without a server error (issue 11, defect 5)."""

import pytest


@pytest.mark.parametrize("code", ["\x00", "ABCD-\x00EFG", "<script>", "ÄBCD-EFGH"])
def test_a_code_no_certificate_can_have_is_refused_with_a_message(client, db, code):
    response = client.get("/certificates/verify/", {"code": code})
    assert response.status_code == 200
    assert "Not a verification code." in response.content.decode()
    assert b"\x00" not in response.content
