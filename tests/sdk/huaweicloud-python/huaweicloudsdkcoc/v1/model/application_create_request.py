# coding: utf-8

from huaweicloudsdkcore.utils.http_utils import sanitize_for_serialization


class ApplicationCreateRequest:

    """
    Attributes:
      openapi_types (dict): The key is attribute name
                            and the value is attribute type.
      attribute_map (dict): The key is attribute name
                            and the value is json key in definition.
    """
    sensitive_list = []

    openapi_types = {
        'name': 'str',
        'parent_id': 'str',
        'description': 'str'
    }

    attribute_map = {
        'name': 'name',
        'parent_id': 'parent_id',
        'description': 'description'
    }

    def __init__(self, name=None, parent_id=None, description=None):
        r"""ApplicationCreateRequest

        The model defined in huaweicloud sdk

        :param name: 应用名称。
        :type name: str
        :param parent_id: 父节点id。
        :type parent_id: str
        :param description: 描述信息。
        :type description: str
        """
        
        

        self._name = None
        self._parent_id = None
        self._description = None
        self.discriminator = None

        self.name = name
        if parent_id is not None:
            self.parent_id = parent_id
        if description is not None:
            self.description = description

    @property
    def name(self):
        r"""Gets the name of this ApplicationCreateRequest.

        应用名称。

        :return: The name of this ApplicationCreateRequest.
        :rtype: str
        """
        return self._name

    @name.setter
    def name(self, name):
        r"""Sets the name of this ApplicationCreateRequest.

        应用名称。

        :param name: The name of this ApplicationCreateRequest.
        :type name: str
        """
        self._name = name

    @property
    def parent_id(self):
        r"""Gets the parent_id of this ApplicationCreateRequest.

        父节点id。

        :return: The parent_id of this ApplicationCreateRequest.
        :rtype: str
        """
        return self._parent_id

    @parent_id.setter
    def parent_id(self, parent_id):
        r"""Sets the parent_id of this ApplicationCreateRequest.

        父节点id。

        :param parent_id: The parent_id of this ApplicationCreateRequest.
        :type parent_id: str
        """
        self._parent_id = parent_id

    @property
    def description(self):
        r"""Gets the description of this ApplicationCreateRequest.

        描述信息。

        :return: The description of this ApplicationCreateRequest.
        :rtype: str
        """
        return self._description

    @description.setter
    def description(self, description):
        r"""Sets the description of this ApplicationCreateRequest.

        描述信息。

        :param description: The description of this ApplicationCreateRequest.
        :type description: str
        """
        self._description = description

    def to_dict(self):
        result = {}

        for attr, _ in self.openapi_types.items():
            value = getattr(self, attr)
            if isinstance(value, list):
                result[attr] = list(map(
                    lambda x: x.to_dict() if hasattr(x, "to_dict") else x,
                    value
                ))
            elif hasattr(value, "to_dict"):
                result[attr] = value.to_dict()
            elif isinstance(value, dict):
                result[attr] = dict(map(
                    lambda item: (item[0], item[1].to_dict())
                    if hasattr(item[1], "to_dict") else item,
                    value.items()
                ))
            else:
                if attr in self.sensitive_list:
                    result[attr] = "****"
                else:
                    result[attr] = value

        return result

    def to_str(self):
        """Returns the string representation of the model"""
        import simplejson as json
        return json.dumps(sanitize_for_serialization(self), ensure_ascii=False)

    def __repr__(self):
        """For `print`"""
        return self.to_str()

    def __eq__(self, other):
        """Returns true if both objects are equal"""
        if not isinstance(other, ApplicationCreateRequest):
            return False

        return self.__dict__ == other.__dict__

    def __ne__(self, other):
        """Returns true if both objects are not equal"""
        return not self == other
